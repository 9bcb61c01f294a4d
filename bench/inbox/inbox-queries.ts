import type { Actor } from '@khen/domain';
import { DEMO_USERS } from '../../scripts/demo/demo-directory';
import type { InboxQueryDto } from '../../apps/api/src/tasks/inbox.query';
import { rng } from './seed-events';

/** The people who open the inbox most: the busy city council's office, its chair, the authority. */
export const ACTORS: Record<string, Actor> = {
  office: DEMO_USERS.office,
  councilChair: DEMO_USERS.member1,
  authority: DEMO_USERS.authority,
};

export interface InboxAsk {
  actor: string;
  query: InboxQueryDto;
  /** How many pages to follow with the keyset cursor after the first. */
  pages: number;
}

const one = <T>(r: number, items: [T, number][]): T => {
  let acc = 0;
  for (const [v, w] of items) if ((acc += w) > r) return v;
  return items[items.length - 1][0];
};

/** A deterministic mix of what people ask: sorts, one filter or none, a few pages deep. */
export function inboxAsks(count: number): InboxAsk[] {
  const r = rng(7);
  const asks: InboxAsk[] = [];
  while (asks.length < count) {
    const actor = one(r(), [
      ['office', 0.5],
      ['councilChair', 0.3],
      ['authority', 0.2],
    ] as [string, number][]);
    const sort = one(r(), [
      ['due', 0.4],
      ['breach', 0.2],
      ['priority', 0.2],
      ['age', 0.2],
    ] as [InboxQueryDto['sort'], number][]);
    const filter = one(r(), [
      ['none', 0.4],
      ['type', 0.1],
      ['award', 0.15],
      ['unit', 0.1],
      ['campaign', 0.1],
      ['overdue', 0.1],
      ['stage', 0.05],
    ] as [string, number][]);
    const query: InboxQueryDto = { sort, limit: 50 };
    if (filter === 'type')
      query.type = { office: 'APPRAISE_DOSSIER', councilChair: 'CAST_VOTE', authority: 'SIGN_DECISION' }[actor];
    if (filter === 'award')
      query.award = one(r(), [
        ['BK_TINH', 0.6],
        ['TTLDXS', 0.2],
        ['CONG_DAN_THU_DO_UU_TU', 0.2],
      ] as [string, number][]);
    if (filter === 'unit')
      query.unit = one(r(), [
        ['SO-GD', 0.4],
        ['SO-YT', 0.3],
        ['THPT-CVA', 0.3],
      ] as [string, number][]);
    if (filter === 'campaign')
      query.campaign = one(r(), [
        ['TONG-KET-2026', 0.5],
        ['CHUYEN-DE-CDS-2026', 0.5],
      ] as [string, number][]);
    if (filter === 'overdue') query.overdue = true;
    if (filter === 'stage')
      query.stage = { office: 'COUNCIL_REVIEW', councilChair: 'COUNCIL_REVIEW', authority: 'FINAL_DECISION' }[actor];
    asks.push({
      actor,
      query,
      pages: one(r(), [
        [0, 0.6],
        [1, 0.25],
        [3, 0.15],
      ] as [number, number][]),
    });
  }
  return asks;
}
