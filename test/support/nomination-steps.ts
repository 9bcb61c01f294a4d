import type { Actor } from '@khen/domain';
import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-directory';
import type { TestStack } from './test-stack';

/** Small helpers that read like the walk-through: each is one HTTP call with a role's token. */
export function steps(stack: TestStack) {
  const as = (actor: Actor) => `Bearer ${stack.token(actor)}`;
  const post = (actor: Actor, path: string, body: object = {}) => stack.http().post(`/api${path}`).set('Authorization', as(actor)).send(body);
  const get = (actor: Actor, path: string) => stack.http().get(`/api${path}`).set('Authorization', as(actor));
  const n = (path: string) => `/nominations${path}`;

  return {
    as,
    post,
    get,
    /** A Bằng khen of the city for an individual of the officer's unit, filed with the city council. */
    create: (actor: Actor, overrides: object = {}) => post(actor, n(''), {
      awardCode: 'BK_TINH', kind: 'CONG_TRANG', campaignId: 'TONG-KET-2026', councilId: 'HD-TP',
      nominee: { name: 'Nguyễn Thị Lan', subject: 'INDIVIDUAL', position: 'Giáo viên' }, ...overrides,
    }),
    submit: (actor: Actor, id: string, documents = DEMO_DOCUMENTS) => post(actor, n(`/${id}/submit`), { documents }),
    appraise: (actor: Actor, id: string, body: object = {}) => post(actor, n(`/${id}/appraisal`), { opinion: 'Hồ sơ đầy đủ, đúng quy định.', ...body }),
    vote: (actor: Actor, id: string, choice: 'APPROVE' | 'DISAPPROVE') => post(actor, n(`/${id}/votes`), { choice }),
    closeBallot: (actor: Actor, id: string) => post(actor, n(`/${id}/ballot/close`)),
    award: (actor: Actor, id: string, decisionNumber = '125/QĐ-UBND', decisionDate = '2026-11-20') =>
      post(actor, n(`/${id}/decision`), { outcome: 'AWARD', decisionNumber, decisionDate }),
    view: (actor: Actor, id: string) => get(actor, n(`/${id}`)),
    events: (actor: Actor, id: string) => get(actor, n(`/${id}/events`)),
    tasks: (actor: Actor, query = '') => get(actor, `/tasks${query}`),
  };
}

/** Polls until `check` passes (timers and workflows move cases on by themselves). */
export async function eventually<T>(probe: () => Promise<T>, check: (t: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await probe();
  }
  return last;
}

/** Event types of a case, in order. */
export async function eventTypes(stack: TestStack, nominationId: string): Promise<string[]> {
  const rows = await stack.db.query(`SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version`, [`nomination-${nominationId}`]);
  return rows.map((r: { type: string }) => r.type);
}

/** What a refused command must leave unchanged: the case row and its events. */
export async function snapshot(stack: TestStack, nominationId: string) {
  const [row] = await stack.db.query(`SELECT version, state FROM nominations WHERE nomination_id = $1`, [nominationId]);
  const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM events WHERE stream_id = $1`, [`nomination-${nominationId}`]);
  const tasks = await stack.db.query(`SELECT task_id, status, claimed_by FROM tasks WHERE nomination_id = $1 ORDER BY task_id`, [nominationId]);
  return { row, count, tasks };
}
