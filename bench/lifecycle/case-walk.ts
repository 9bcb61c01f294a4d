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
  const created = await time('create', () =>
    api.must<{ nominationId: string }>(u.unitOfficer, 'POST', '/nominations', {
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
    }),
  );
  const id = created.nominationId;
  await time('submit', () =>
    api.must(u.unitOfficer, 'POST', `/nominations/${id}/submit`, { documents: DEMO_DOCUMENTS }),
  );
  await time('appraisal', () =>
    api.must(u.office, 'POST', `/nominations/${id}/appraisal`, { opinion: 'Hồ sơ đầy đủ, đúng quy định.' }),
  );
  for (const m of [u.member1, u.member2, u.member3, u.member5])
    await time('vote', () => api.must(m, 'POST', `/nominations/${id}/votes`, { choice: 'APPROVE' }));
  await time('closeBallot', () => api.must(u.office, 'POST', `/nominations/${id}/ballot/close`));
  await sleep(o.disclosureMs);
  while ((await api.must<{ status: string }>(u.office, 'GET', `/nominations/${id}`)).status !== 'AWAITING_DECISION')
    await sleep(o.pollMs);
  const decided = await time('decision', () =>
    api.must<{ status: string }>(u.authority, 'POST', `/nominations/${id}/decision`, {
      outcome: 'AWARD',
      decisionNumber: `${run}-${i}/QĐ-UBND`,
      decisionDate: todayVn(),
    }),
  );
  if (decided.status !== 'AWARDED') throw new Error(`case ${id} ended ${decided.status}`);
  o.rec?.add('case', performance.now() - t0);
  return id;
}
