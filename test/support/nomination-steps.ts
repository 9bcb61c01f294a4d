import type { Actor } from '@khen/domain';
import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-directory';
import type { TestStack } from './test-stack';

/** Small helpers that read like the walk-through: each is one HTTP call with a role's token. */
export function steps(stack: TestStack) {
  const post = (actor: Actor, path: string, body: object = {}) =>
    stack.http().post(`/api/nominations${path}`).set('Authorization', `Bearer ${stack.token(actor)}`).send(body);
  const get = (actor: Actor, path: string) =>
    stack.http().get(`/api/nominations${path}`).set('Authorization', `Bearer ${stack.token(actor)}`);

  return {
    post,
    get,
    create: (actor: Actor, overrides: object = {}) => post(actor, '', {
      awardCode: 'LDTT', kind: 'CONG_TRANG', campaignId: 'TONG-KET-2026', councilId: 'HD-TP',
      nominee: { name: 'Nguyễn Thị Lan', subject: 'INDIVIDUAL', position: 'Giáo viên' }, ...overrides,
    }),
    submit: (actor: Actor, id: string, documents = DEMO_DOCUMENTS) => post(actor, `/${id}/submit`, { documents }),
    appraise: (actor: Actor, id: string) => post(actor, `/${id}/appraisal`, { opinion: 'Hồ sơ đầy đủ, đúng quy định.' }),
    vote: (actor: Actor, id: string, choice: 'APPROVE' | 'DISAPPROVE') => post(actor, `/${id}/votes`, { choice }),
    closeBallot: (actor: Actor, id: string) => post(actor, `/${id}/ballot/close`),
    award: (actor: Actor, id: string) => post(actor, `/${id}/decision`, { outcome: 'AWARD', decisionNumber: '125/QĐ-UBND', decisionDate: '2026-12-20' }),
    view: (actor: Actor, id: string) => get(actor, `/${id}`),
    events: (actor: Actor, id: string) => get(actor, `/${id}/events`),
  };
}

/** Polls until `check` passes (the disclosure timer closes by itself after the test override). */
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
