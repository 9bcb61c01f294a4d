import { randomUUID } from 'node:crypto';
import type { Actor } from '@khen/domain';
import { DEMO_DOCUMENTS, DEMO_USERS } from '../../scripts/demo/demo-directory';
import { type ApiClient, todayVn } from '../lib/api-client';
import { type Recorder, sleep } from '../lib/stats';

const u = DEMO_USERS;

/**
 * One case from filing to decision over HTTP, as people work it: file, submit, appraise (the ballot
 * opens), four votes (every member who may vote), close the ballot, wait for the disclosure to end, decide. Each command's
 * latency goes to `rec` under its name; the whole case under `case`.
 */
export async function fileAndDecide(
  api: ApiClient,
  run: string,
  i: number,
  o: { disclosureMs: number; pollMs: number; rec?: Recorder },
): Promise<string> {
  const t0 = performance.now();
  const time = <T>(name: string, fn: () => Promise<T>) => (o.rec ? o.rec.time(name, fn) : fn());
  // The case's id is ours, so that a create whose answer is late can be looked for (and never made twice).
  const id = randomUUID();
  const path = (p = '') => `/nominations/${id}${p}`;
  /** The case as the council's office sees it (who has voted included), or undefined when it is not readable yet. */
  const read = async () => {
    const r = await api.call<CaseReading>(u.office, 'GET', path());
    return r.status === 200 ? r.body : undefined;
  };
  /** A command, and what says it is in the case when its answer came too late. */
  const command = <T>(
    name: string,
    actor: Actor,
    p: string,
    body: object | undefined,
    done: (c: CaseReading) => boolean,
  ) =>
    time(name, () =>
      api.command<T>(actor, p, body, async () => {
        const c = await read();
        return c && done(c) ? (c as T) : undefined;
      }),
    );
  await command(
    'create',
    u.unitOfficer,
    '/nominations',
    {
      nominationId: id,
      awardCode: 'BK_TINH',
      kind: 'CONG_TRANG',
      campaignId: 'TONG-KET-2026',
      councilId: 'HD-TP',
      nominee: {
        name: `Người đề nghị ${run}-${i}`,
        subject: 'INDIVIDUAL',
        position: 'Giáo viên',
        key: `BENCH-${run}-${i}`,
      },
    },
    () => true,
  );
  await command('submit', u.unitOfficer, path('/submit'), { documents: DEMO_DOCUMENTS }, (c) => c.status !== 'DRAFT');
  const appraised = (c: CaseReading) => !['DRAFT', 'SUBMITTED'].includes(c.status);
  await command('appraisal', u.office, path('/appraisal'), { opinion: 'Hồ sơ đầy đủ, đúng quy định.' }, appraised);
  const ballotClosed = (c: CaseReading) => appraised(c) && !['BALLOT_PENDING', 'BALLOT_OPEN'].includes(c.status);
  for (const m of [u.member1, u.member2, u.member3, u.member5])
    await command(
      'vote',
      m,
      path('/votes'),
      { choice: 'APPROVE' },
      (c) => ballotClosed(c) || (c.state?.ballot?.voters ?? []).includes(m.userId),
    );
  await command('closeBallot', u.office, path('/ballot/close'), undefined, ballotClosed);
  await sleep(o.disclosureMs);
  while ((await read())?.status !== 'AWAITING_DECISION') await sleep(o.pollMs);
  const decided = await command<{ status: string }>(
    'decision',
    u.authority,
    path('/decision'),
    { outcome: 'AWARD', decisionNumber: `${run}-${i}/QĐ-UBND`, decisionDate: todayVn() },
    (c) => c.status !== 'AWAITING_DECISION',
  );
  if (decided.status !== 'AWARDED') throw new Error(`case ${id} ended ${decided.status}`);
  o.rec?.add('case', performance.now() - t0);
  return id;
}

/** What the walk reads of a case. */
interface CaseReading {
  status: string;
  state?: { ballot?: { voters?: string[] } };
}
