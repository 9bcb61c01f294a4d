import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import { TokenService } from '../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import { DEMO_DIRECTORY, DEMO_DIRECTORY_REASON, DEMO_PERSON_SEATS, DEMO_USERS, loadDirectory } from './demo-directory';
import { seedDemoUploads } from './demo-documents';

const API = process.env.KHEN_API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 3000}/api`;

/**
 * The demo organisation, through the API as an administrator would load a board's own org chart:
 * POST /api/directory/imports (idempotent: a second npm start records nothing), each row's result checked.
 */
async function importDemoDirectory(adminToken: string): Promise<void> {
  const res = await fetch(`${API}/directory/imports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...DEMO_DIRECTORY, reason: DEMO_DIRECTORY_REASON }),
  });
  const body = (await res.json()) as {
    recorded?: number;
    rows?: { id: string; status: string; detail?: string }[];
    detail?: string;
  };
  if (res.status !== 200) throw new Error(`demo directory: ${res.status} ${body.detail ?? ''}`);
  const refused = (body.rows ?? []).filter((r) => r.status === 'REFUSED' || r.status === 'STALE');
  if (refused.length > 0)
    throw new Error(`demo directory: ${refused.map((r) => `${r.id} ${r.status} ${r.detail ?? ''}`).join('; ')}`);
  console.log(`Demo directory (POST /api/directory/imports): ${body.recorded ?? 0} change(s) recorded`);
}

/** The demo's people with a seat of their own, granted as an administrator grants one (idempotent: a seat held is left). */
async function grantDemoSeatsOverHttp(adminToken: string): Promise<void> {
  for (const { type: _type, subject, ...seat } of DEMO_PERSON_SEATS) {
    const res = await fetch(`${API}/directory/people/${encodeURIComponent(subject)}/seats`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(seat),
    });
    const body = (await res.json()) as { code?: string; detail?: string };
    if (res.status !== 201 && body.code !== 'SEAT_OVERLAPS')
      throw new Error(`demo seat of ${subject}: ${res.status} ${body.code ?? ''} ${body.detail ?? ''}`);
  }
}

/** Loads the demo organisation (through the API) and its units' uploaded demo files, and writes one bearer token per demo user to .data/demo-tokens.env (or the file named; none with --no-tokens). */
async function main(): Promise<void> {
  const tokens = new TokenService(loadApiConfig());
  const ds = createDataSource(loadDatabaseConfig(), { entities: READ_MODEL_ENTITIES });
  // The bench seeds before its API starts: the same import, in-process (the API's own code path).
  if (process.env.KHEN_DEMO_DIRECTORY === 'in-process') {
    await ds.initialize();
    await loadDirectory(ds);
  } else {
    const adminToken = await tokens.sign(DEMO_USERS.admin!);
    await importDemoDirectory(adminToken);
    // People's granted seats are not rows of the import file: each is granted through its own route.
    await grantDemoSeatsOverHttp(adminToken);
    await ds.initialize();
  }
  await seedDemoUploads(ds);
  await ds.destroy();

  // A cluster in production mode trusts only its identity provider: its seeding has no use for demo tokens.
  if (process.argv[2] === '--no-tokens') return;
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
