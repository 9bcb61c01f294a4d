import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import { TokenService } from '../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import { DEMO_USERS, loadDirectory } from './demo-directory';
import { seedDemoUploads } from './demo-documents';

/** Loads the demo organisation and its units' uploaded demo files, and writes one bearer token per demo user to .data/demo-tokens.env. */
async function main(): Promise<void> {
  const ds = createDataSource(loadDatabaseConfig(), { entities: READ_MODEL_ENTITIES });
  await ds.initialize();
  await loadDirectory(ds);
  await seedDemoUploads(ds);
  await ds.destroy();

  const tokens = new TokenService(loadApiConfig());
  const lines = await Promise.all(
    Object.entries(DEMO_USERS).map(async ([key, actor]) => {
      const name = `TOKEN_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
      return { name, actor, token: await tokens.sign(actor) };
    }),
  );
  writeFileSync(process.argv[2] ?? '.data/demo-tokens.env', lines.map((l) => `${l.name}=${l.token}`).join('\n') + '\n');
  for (const l of lines)
    console.log(
      `${l.name.padEnd(24)} ${l.actor.role.padEnd(15)} ${l.actor.userId.padEnd(16)} ${l.actor.displayName}\n  ${l.token}`,
    );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
