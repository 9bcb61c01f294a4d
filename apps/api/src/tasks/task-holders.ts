import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorGroups, toCivilDate, type Actor, type Role } from '@khen/domain';
import { API_CONFIG, type ApiConfig } from '../config/api.config';
import { DEMO_USERS } from '../demo/demo-users';
import { problem } from '../problem/problem.exception';

/** A person who may hold a task, as the hand-over picker lists them. */
export interface Holder {
  userId: string;
  displayName: string;
}

/**
 * Who may hold a task: the people of the directory whose seat today puts them in the task's candidate
 * group (their seats granted, and the councils' members), and outside production the demo users too.
 * A task is handed over to one of them only: any other name would leave it in nobody's inbox.
 */
@Injectable()
export class TaskHolders {
  constructor(
    private readonly db: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** The people acting today, one actor per seat. */
  private async people(now: Date): Promise<Actor[]> {
    const today = toCivilDate(now);
    const seats = (await this.db.query(
      `SELECT s.subject, p.name, s.role, s.unit_id, s.council_id, s.level, s.lead
         FROM person_seats s JOIN persons p USING (subject)
        WHERE s.from_date <= $1::date AND (s.to_date IS NULL OR s.to_date >= $1::date)`,
      [today],
    )) as {
      subject: string;
      name: string;
      role: Role;
      unit_id: string | null;
      council_id: string | null;
      level: string | null;
      lead: boolean;
    }[];
    const members = (await this.db.query(
      `SELECT member_id, name, council_id, seat, unit_id FROM council_seats
        WHERE from_date <= $1::date AND to_date >= $1::date`,
      [today],
    )) as { member_id: string; name: string; council_id: string; seat: string; unit_id: string }[];
    const out: Actor[] = [
      ...seats.map((s): Actor => ({
        userId: s.subject,
        displayName: s.name,
        role: s.role,
        ...(s.unit_id ? { unitId: s.unit_id } : {}),
        ...(s.council_id ? { councilId: s.council_id } : {}),
        ...(s.role === 'AUTHORITY' && s.unit_id ? { authorityId: s.unit_id } : {}),
        lead: s.lead,
      })),
      ...members.map((m): Actor => ({
        userId: m.member_id,
        displayName: m.name,
        role: 'COUNCIL_MEMBER',
        unitId: m.unit_id,
        councilId: m.council_id,
        lead: m.seat === 'CHAIR',
      })),
    ];
    if (this.config.demo) out.push(...Object.values(DEMO_USERS));
    return out;
  }

  /** The people who may hold a task of this candidate group, each once, by name. */
  async eligible(candidateGroup: string, now = new Date()): Promise<Holder[]> {
    const byId = new Map<string, Holder>();
    for (const p of await this.people(now))
      if (actorGroups(p).includes(candidateGroup) && !byId.has(p.userId))
        byId.set(p.userId, { userId: p.userId, displayName: p.displayName ?? p.userId });
    return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'));
  }

  /** Refuses (422, nothing recorded) a hand-over to somebody who may not hold the task. */
  async assertEligible(candidateGroup: string, userId: string, field: 'assignee' | 'to'): Promise<void> {
    const id = userId.trim();
    if (!(await this.eligible(candidateGroup)).some((h) => h.userId === id))
      throw problem('ASSIGNEE_NOT_ELIGIBLE', { userId: id, field });
  }
}
