import type { DataSource } from 'typeorm';
import { SEED_RULE_SET, type Actor, type TimelineNames } from '@khen/domain';

/**
 * The names the timeline speaks of, from the directory as it stands (people on seats, council members,
 * units, councils), the demo users outside production, and the rule set's document names.
 */
export async function timelineNames(db: DataSource, demoUsers: readonly Actor[]): Promise<TimelineNames> {
  const [persons, members, units, councils] = (await Promise.all([
    db.query(`SELECT subject AS id, name FROM persons`),
    db.query(
      `SELECT DISTINCT ON (member_id) member_id AS id, name FROM council_seats ORDER BY member_id, to_date DESC`,
    ),
    db.query(`SELECT unit_id AS id, name FROM units`),
    db.query(`SELECT council_id AS id, name FROM councils`),
  ])) as { id: string; name: string }[][];
  const map = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
  const people = map([...members!, ...persons!]);
  for (const u of demoUsers) if (u.displayName && !people.has(u.userId)) people.set(u.userId, u.displayName);
  const unitNames = map(units!);
  const councilNames = map(councils!);
  const documents = SEED_RULE_SET.documentTypes;
  return {
    person: (id) => people.get(id),
    unit: (id) => unitNames.get(id),
    council: (id) => councilNames.get(id),
    document: (code) => {
      const d = documents[code];
      return d ? [d.nameVi, d.nameEn] : undefined;
    },
  };
}
