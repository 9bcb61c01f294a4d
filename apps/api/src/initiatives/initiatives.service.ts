import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { refuseInitiative, type InitiativeCommand, type InitiativeState } from '@khen/domain';
import { InitiativeStore } from '@khen/projections';
import { storeMeta, type Caller } from '../http/case-http';
import { defaultNomineeKey } from '../nominations/nominations.create';
import { ProblemException } from '../problem/problem.exception';
import type { AssessInitiativeDto, FileInitiativeDto, InitiativeQueryDto } from './initiatives.dto';

export type InitiativeView = InitiativeState & { version: number };

/** The initiative registry (docs/initiatives.md): filings and assessments as events, reads from its read model. */
@Injectable()
export class InitiativesService {
  private readonly store: InitiativeStore;

  constructor(private readonly db: DataSource) {
    this.store = new InitiativeStore(db);
  }

  file(dto: FileInitiativeDto, caller: Caller): Promise<InitiativeView> {
    return this.execute(
      {
        type: 'FileInitiative',
        initiativeId: randomUUID(),
        title: dto.title,
        summary: dto.summary,
        unitId: dto.unitId,
        year: dto.year,
        // Keyed as a nomination keys its nominee, so that the nominee's nominations find them.
        authors: dto.authors.map((a) => ({
          key: a.key?.trim() || defaultNomineeKey(dto.unitId, a.name),
          name: a.name,
          ...(a.userId ? { userId: a.userId } : {}),
        })),
      },
      caller,
    );
  }

  assess(initiativeId: string, dto: AssessInitiativeDto, caller: Caller): Promise<InitiativeView> {
    return this.execute({ type: 'AssessInitiative', initiativeId, ...dto }, caller);
  }

  async get(initiativeId: string): Promise<InitiativeView> {
    const [row] = (await this.db.query(`SELECT state, version FROM initiatives WHERE initiative_id = $1`, [
      initiativeId,
    ])) as { state: InitiativeState; version: number }[];
    if (!row) throw ProblemException.fromRefusal(refuseInitiative.notFound(initiativeId));
    return { ...row.state, version: row.version };
  }

  /** The newest first (year, then filing), at most 200. */
  async list(q: InitiativeQueryDto): Promise<{ items: InitiativeView[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.unitId) add('unit_id = ?', q.unitId);
    if (q.authorKey) add('author_keys @> ARRAY[?::text]', q.authorKey);
    if (q.status) add('status = ?', q.status);
    if (q.q?.trim())
      add(
        `title ILIKE '%' || ? || '%'`,
        q.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`),
      );
    const rows = (await this.db.query(
      `SELECT state, version FROM initiatives ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY year DESC, filed_at DESC, initiative_id LIMIT 200`,
      params,
    )) as { state: InitiativeState; version: number }[];
    return { items: rows.map((r) => ({ ...r.state, version: r.version })) };
  }

  private async execute(command: InitiativeCommand, caller: Caller): Promise<InitiativeView> {
    const outcome = await this.store.execute(command, {
      ...storeMeta(caller),
    });
    if (outcome.status === 'REFUSED') throw ProblemException.fromRefusal(outcome.refusal);
    return { ...outcome.state, version: outcome.version };
  }
}
