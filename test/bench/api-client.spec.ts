import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS } from '../../scripts/demo/demo-directory';
import { ApiClient } from '../../bench/lib/api-client';

/**
 * The benchmarks' client and a command whose answer comes late. The server here is a script of answers (the
 * client's logic is what is tested; the benches themselves run against the real engine).
 */
describe('bench ApiClient.command', () => {
  let server: Server;
  let answers: { status: number; body: object; retryAfter?: string }[];
  let posts: number;
  let base: string;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      req.on('end', () => {
        posts++;
        const a = answers.shift() ?? { status: 500, body: { code: 'NO_MORE_ANSWERS' } };
        res.writeHead(a.status, {
          'content-type': 'application/json',
          ...(a.retryAfter !== undefined ? { 'retry-after': a.retryAfter } : {}),
        });
        res.end(JSON.stringify(a.body));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    posts = 0;
  });

  const client = async () => {
    const api = new ApiClient(base, undefined);
    await api.signIn([DEMO_USERS.office]);
    return api;
  };
  const late = { status: 503, body: { code: 'COMMAND_NOT_ANSWERED' }, retryAfter: '0' };

  it('after a 503, takes the case as the answer when the command is found in it, without sending it again', async () => {
    const api = await client();
    answers = [late];
    const readings = [undefined, undefined, { status: 'SUBMITTED' }];
    const seen = await api.command(DEMO_USERS.office, '/nominations/x/submit', {}, async () => readings.shift());
    expect(seen).toEqual({ status: 'SUBMITTED' });
    expect(posts).toBe(1);
    expect(readings).toHaveLength(0);
    expect(api.notAnswered).toBe(1);
  });

  it('sends the command again when five readings do not show it', async () => {
    const api = await client();
    answers = [late, { status: 200, body: { status: 'BALLOT_OPEN' } }];
    let looks = 0;
    const r = await api.command(DEMO_USERS.office, '/nominations/x/appraisal', {}, async () => {
      looks++;
      return undefined;
    });
    expect(r).toEqual({ status: 'BALLOT_OPEN' });
    expect(posts).toBe(2);
    expect(looks).toBe(5);
  });

  it('a refusal after a 503 is the first attempt having won when the case shows it', async () => {
    const api = await client();
    answers = [late, { status: 409, body: { code: 'ALREADY_VOTED' } }];
    const readings: ({ voted: boolean } | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
    readings.push({ voted: true });
    const r = await api.command(DEMO_USERS.office, '/nominations/x/votes', {}, async () => readings.shift());
    expect(r).toEqual({ voted: true });
    expect(posts).toBe(2);
  });

  it('a refusal without a late answer before it is an error naming the call, and nothing is read', async () => {
    const api = await client();
    answers = [{ status: 409, body: { code: 'ALREADY_VOTED' } }];
    let looks = 0;
    await expect(
      api.command(DEMO_USERS.office, '/nominations/x/votes', {}, async () => {
        looks++;
        return {};
      }),
    ).rejects.toThrow(/POST \/nominations\/x\/votes as .*: 409 .*ALREADY_VOTED/);
    expect(looks).toBe(0);
  });

  it('gives up after five late answers in a row', async () => {
    const api = await client();
    answers = [late, late, late, late, late, late];
    await expect(api.command(DEMO_USERS.office, '/nominations/x/submit', {}, async () => undefined)).rejects.toThrow(
      /503/,
    );
    expect(posts).toBe(5);
    expect(api.notAnswered).toBe(4);
  });
});
