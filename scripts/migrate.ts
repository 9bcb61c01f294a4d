import 'reflect-metadata';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS, rebuildProjection, RuleStore } from '@khen/projections';

/**
 * Runs every pending TypeORM migration (never `synchronize`), then seeds rule set version 1 if none.
 * A read model that a migration added empty beside recorded events (the reports' facts) is folded
 * from the store here, online: appends go on meanwhile (rebuildProjection).
 */
async function main(): Promise<void> {
  const ds = createDataSource(loadDatabaseConfig(), {
    entities: READ_MODEL_ENTITIES,
    migrations: READ_MODEL_MIGRATIONS,
  });
  await ds.initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  console.error(`[khen] migrations: ${ran.length ? ran.map((m) => m.name).join(', ') : 'none pending'}`);
  if (await new RuleStore(ds.manager).ensureSeed())
    console.error('[khen] rule set VN-2025-07 (docs/domain.md seed) published as version 1');
  if (ran.some((m) => m.name === 'ReportFacts1764810000000')) {
    const [{ cases }] = (await ds.query(
      `SELECT count(*)::int AS cases FROM events WHERE type = 'NominationDrafted'`,
    )) as { cases: number }[];
    if (cases > 0) {
      const { events } = await rebuildProjection(ds, 'reports');
      console.error(`[khen] report facts folded from ${events} events of ${cases} cases`);
    }
  }
  await ds.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
