import { Logger, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { ProblemFilter, toProblem } from './problem.filter';
import { problem } from './problem.exception';
import { RefusalLog } from './refusal-log';

const withProps = (message: string, props: Record<string, unknown>) => Object.assign(new Error(message), props);

// What the filter makes of errors that no request can cause on purpose (a part out, a bug), and of the
// parsers' own client errors. The HTTP table test produces the rest by real requests.
describe('the problem filter', () => {
  it.each([
    [
      'PostgreSQL restarting (57P01)',
      503,
      'SERVICE_UNAVAILABLE',
      withProps('terminating connection', { code: '57P01' }),
    ],
    [
      'Temporal unreachable (gRPC 14)',
      503,
      'SERVICE_UNAVAILABLE',
      withProps('14 UNAVAILABLE', { code: 14, details: 'no connection' }),
    ],
    ['a bug', 500, 'INTERNAL_ERROR', new TypeError("Cannot read properties of undefined (reading 'x')")],
    [
      'a body over the limit',
      413,
      'PAYLOAD_TOO_LARGE',
      withProps('request entity too large', { status: 413, expose: true }),
    ],
    [
      'an unsupported charset',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      withProps('unsupported charset', { status: 415, expose: true }),
    ],
    ['malformed JSON', 400, 'BAD_REQUEST', withProps('Unexpected token', { status: 400, expose: true })],
    ['no route', 404, 'NOT_FOUND', new NotFoundException('Cannot GET /api/x')],
    [
      'a stream error of the parser (not exposed)',
      500,
      'INTERNAL_ERROR',
      withProps('stream encoding', { status: 500, expose: false }),
    ],
  ])('answers %s with %i %s', (_, status, code, error) => {
    expect(toProblem(error)).toMatchObject({ status, code });
  });

  function respond(exception: unknown, actor?: { userId: string; role: string }) {
    const headers: Record<string, string> = {};
    const sent: { status?: number; body?: Record<string, unknown> } = {};
    const res = {
      setHeader: (k: string, v: string) => (headers[k] = v),
      status: (s: number) => ((sent.status = s), res),
      type: () => res,
      json: (b: Record<string, unknown>) => (sent.body = b),
    };
    const req = { method: 'POST', originalUrl: '/api/nominations/x/votes', correlationId: 'corr-1', actor };
    const host = {
      switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }),
    } as unknown as ArgumentsHost;
    const lines: string[] = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((m: unknown) => void lines.push(String(m)));
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    new ProblemFilter(new RefusalLog()).catch(exception, host);
    jest.restoreAllMocks();
    return { headers, sent, lines };
  }

  it('asks the client to retry a 503 (Retry-After) and carries the correlation id', () => {
    const { headers, sent } = respond(withProps('terminating connection', { code: '57P01' }));
    expect(sent.status).toBe(503);
    expect(headers['Retry-After']).toBe('2');
    expect(sent.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', correlationId: 'corr-1' });
  });

  it('logs one line per refusal: correlation id, user id and role, what and why', () => {
    const { lines } = respond(problem('ROLE_NOT_ALLOWED', { role: 'UNIT_OFFICER', allowed: ['COUNCIL_MEMBER'] }), {
      userId: 'cb-so-gd',
      role: 'UNIT_OFFICER',
    });
    expect(lines).toEqual([
      'refused [corr-1] user=cb-so-gd role=UNIT_OFFICER POST /api/nominations/x/votes: 403 ROLE_NOT_ALLOWED Role UNIT_OFFICER may not do this (allowed: COUNCIL_MEMBER).',
    ]);
  });
});
