import { randomUUID } from 'node:crypto';
import { nominationStreamId, type Actor } from '@khen/domain';
import { DEMO_DOCUMENTS, sha256Of } from '../../scripts/demo/demo-documents';
import type { TestStack } from './test-stack';

const REQUEST_TIMEOUT_MS = 60_000;

/** Small helpers that read like the walk-through: each is one HTTP call with a role's token. */
export function steps(stack: TestStack) {
  const as = (actor: Actor) => `Bearer ${stack.token(actor)}`;
  // A stuck command fails its test instead of holding the connection (and the stack's shutdown) forever.
  const post = (actor: Actor, path: string, body: object = {}) =>
    stack
      .http()
      .post(`/api${path}`)
      .set('Authorization', as(actor))
      .timeout({ response: REQUEST_TIMEOUT_MS })
      .send(body);
  const get = (actor: Actor, path: string) =>
    stack.http().get(`/api${path}`).set('Authorization', as(actor)).timeout({ response: REQUEST_TIMEOUT_MS });
  const n = (path: string) => `/nominations${path}`;

  const put = (actor: Actor, path: string, body: object = {}) =>
    stack
      .http()
      .put(`/api${path}`)
      .set('Authorization', as(actor))
      .timeout({ response: REQUEST_TIMEOUT_MS })
      .send(body);
  const del = (actor: Actor, path: string) =>
    stack.http().delete(`/api${path}`).set('Authorization', as(actor)).timeout({ response: REQUEST_TIMEOUT_MS });

  /** One file, as the pages upload it (multipart, field `file`, the hash declared first). */
  const upload = (actor: Actor, content: Buffer, fileName: string, o: { sha256?: string | null } = {}) => {
    const req = stack
      .http()
      .post('/api/documents')
      .set('Authorization', as(actor))
      .timeout({ response: REQUEST_TIMEOUT_MS });
    if (o.sha256 !== null) req.field('sha256', o.sha256 ?? sha256Of(content));
    return req.attach('file', content, { filename: fileName, contentType: 'application/octet-stream' });
  };

  return {
    as,
    post,
    upload,
    get,
    put,
    del,
    /** A Bằng khen of the city for an individual of the officer's unit, filed with the city council. */
    create: (actor: Actor, overrides: object = {}) =>
      post(actor, n(''), {
        awardCode: 'BK_TINH',
        kind: 'CONG_TRANG',
        campaignId: 'TONG-KET-2026',
        councilId: 'HD-TP',
        nominee: { name: 'Nguyễn Thị Lan', subject: 'INDIVIDUAL', position: 'Giáo viên' },
        ...overrides,
      }),
    /** Submits the dossier (the stack uploaded the demo files for each demo unit officer: test-stack.ts). */
    submit: (actor: Actor, id: string, documents = DEMO_DOCUMENTS) => post(actor, n(`/${id}/submit`), { documents }),
    appraise: (actor: Actor, id: string, body: object = {}) =>
      post(actor, n(`/${id}/appraisal`), { opinion: 'Hồ sơ đầy đủ, đúng quy định.', ...body }),
    vote: (actor: Actor, id: string, choice: 'APPROVE' | 'DISAPPROVE') => post(actor, n(`/${id}/votes`), { choice }),
    closeBallot: (actor: Actor, id: string) => post(actor, n(`/${id}/ballot/close`)),
    award: (actor: Actor, id: string, decisionNumber = '125/QĐ-UBND', decisionDate = '2026-11-20') =>
      post(actor, n(`/${id}/decision`), { outcome: 'AWARD', decisionNumber, decisionDate }),
    view: (actor: Actor, id: string) => get(actor, n(`/${id}`)),
    events: (actor: Actor, id: string) => get(actor, n(`/${id}/events`)),
    tasks: (actor: Actor, query = '') => get(actor, `/tasks${query}`),
    requestSupplement: (
      actor: Actor,
      id: string,
      missing: string[],
      note = 'Đề nghị bổ sung biên bản họp Hội đồng TĐKT đơn vị.',
    ) => post(actor, n(`/${id}/supplement-requests`), { missing, note }),
    supplement: (actor: Actor, id: string, documents: object[]) => post(actor, n(`/${id}/supplements`), { documents }),
    writtenOpinion: (actor: Actor, id: string, memberId: string, choice: 'APPROVE' | 'DISAPPROVE') =>
      post(actor, n(`/${id}/written-opinions`), { memberId, choice }),
    decide: (actor: Actor, id: string, body: object) => post(actor, n(`/${id}/decision`), body),
    resolve: (
      actor: Actor,
      id: string,
      objectionId: string,
      outcome: 'UPHELD' | 'DISMISSED',
      note = 'Đã xác minh tại đơn vị: nội dung phản ánh không đúng.',
    ) => post(actor, n(`/${id}/objections/${objectionId}/resolution`), { outcome, note }),
    /** The public, without a token (the contact is required). */
    object: (id: string, content: string, submitterName?: string, contact = '0912345678') =>
      stack
        .http()
        .post(`/api/public/disclosures/${id}/objections`)
        .send({ content, contact, ...(submitterName ? { submitterName } : {}) }),
    /** Waits until the case reaches a status (timers move cases on by themselves). */
    untilStatus: async (actor: Actor, id: string, status: string, timeoutMs = 30_000) =>
      (
        await eventually(
          () => get(actor, n(`/${id}`)),
          (r) => r.body.status === status,
          timeoutMs,
        )
      ).body,
  };
}

/** A nominee of their own: suites share one database, and the registry and eligibility key nominees. */
export function nominee(name: string, subject: 'INDIVIDUAL' | 'COLLECTIVE' = 'INDIVIDUAL', extra: object = {}) {
  return { name, subject, key: `T-${randomUUID().slice(0, 12)}`, ...extra };
}

/** A decision number nobody else signs this year (numbers are unique per authority and year). */
export const decisionNumber = (suffix: string) => `${randomUUID().slice(0, 8)}/QĐ-${suffix}`;

/** Today in Việt Nam (yyyy-MM-dd): decision dates may not be in the future. */
export const todayVn = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** The stream of a case as stored: type and data, in order. */
export async function storedEvents(
  stack: TestStack,
  nominationId: string,
): Promise<{ type: string; data: Record<string, any> }[]> {
  return stack.db.query(`SELECT type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`, [
    nominationStreamId(nominationId),
  ]);
}

/** Polls until `check` passes (timers and workflows move cases on by themselves). */
export async function eventually<T>(probe: () => Promise<T>, check: (t: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!check(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await probe();
  }
  return last;
}

/** Event types of a case, in order. */
export async function eventTypes(stack: TestStack, nominationId: string): Promise<string[]> {
  const rows = await stack.db.query(`SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version`, [
    nominationStreamId(nominationId),
  ]);
  return rows.map((r: { type: string }) => r.type);
}

/** What a refused command must leave unchanged: the case row and its events. */
export async function snapshot(stack: TestStack, nominationId: string) {
  const [row] = await stack.db.query(`SELECT version, state FROM nominations WHERE nomination_id = $1`, [nominationId]);
  const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM events WHERE stream_id = $1`, [
    nominationStreamId(nominationId),
  ]);
  const tasks = await stack.db.query(
    `SELECT task_id, status, claimed_by FROM tasks WHERE nomination_id = $1 ORDER BY task_id`,
    [nominationId],
  );
  return { row, count, tasks };
}
