import type { EntityManager } from 'typeorm';
import { ruleSetInForce, SEED_RULE_SET, type RuleSet } from '@khen/domain';

export interface RuleSetSummary {
  version: number;
  id: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  legalBasis: string;
  note: string | null;
  publishedAt: string;
  publishedBy: string;
}

interface Row {
  version: number;
  id: string;
  effective_from: string;
  effective_to: string | null;
  legal_basis: string;
  note: string | null;
  document: RuleSet;
  published_at: Date;
  published_by: string;
}

const summary = (r: Row): RuleSetSummary => ({
  version: r.version,
  id: r.id,
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  legalBasis: r.legal_basis,
  note: r.note,
  publishedAt: r.published_at.toISOString(),
  publishedBy: r.published_by,
});

const COLUMNS = `version, id, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, to_char(effective_to, 'YYYY-MM-DD') AS effective_to,
  legal_basis, note, published_at, published_by`;

/** Versioned rule documents in PostgreSQL (append-only): publish a new version, never edit one. */
export class RuleStore {
  constructor(private readonly db: Pick<EntityManager, 'query' | 'transaction'>) {}

  /** The version in force on a civil date (yyyy-MM-dd), as the domain defines it. */
  async inForce(date: string): Promise<RuleSet | undefined> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM rule_sets WHERE effective_from <= $1 ORDER BY effective_from DESC, version DESC LIMIT 1`,
      [date],
    )) as Row[];
    const chosen = ruleSetInForce(
      rows.map((r) => ({
        version: r.version,
        effectiveFrom: r.effective_from,
        effectiveTo: r.effective_to ?? undefined,
      })),
      date,
    );
    return chosen ? this.get(chosen.version) : undefined;
  }

  async get(version: number): Promise<RuleSet | undefined> {
    const [row] = (await this.db.query(`SELECT document, version FROM rule_sets WHERE version = $1`, [
      version,
    ])) as Pick<Row, 'document' | 'version'>[];
    return row ? { ...row.document, version: row.version } : undefined;
  }

  async list(): Promise<RuleSetSummary[]> {
    return ((await this.db.query(`SELECT ${COLUMNS} FROM rule_sets ORDER BY version DESC`)) as Row[]).map(summary);
  }

  /** Publishes a new version; the store numbers it. Serialized so two publishers never collide. */
  async publish(doc: Omit<RuleSet, 'version'>, by: string, now = new Date()): Promise<RuleSet> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('rule_sets', 0))`);
      const [{ next }] = (await m.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM rule_sets`)) as {
        next: number;
      }[];
      const ruleSet: RuleSet = { ...doc, version: next };
      await m.query(
        `INSERT INTO rule_sets (version, id, effective_from, effective_to, legal_basis, document, note, published_at, published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          next,
          doc.id,
          doc.effectiveFrom,
          doc.effectiveTo ?? null,
          doc.legalBasis,
          JSON.stringify(ruleSet),
          doc.note ?? null,
          now,
          by,
        ],
      );
      return ruleSet;
    });
  }

  /** The seed of docs/domain.md is version 1 of an empty store. */
  async ensureSeed(): Promise<boolean> {
    const [{ n }] = (await this.db.query(`SELECT count(*)::int AS n FROM rule_sets`)) as { n: number }[];
    if (n > 0) return false;
    const { version: _v, ...doc } = SEED_RULE_SET;
    await this.publish(doc, 'seed');
    return true;
  }
}
