import 'reflect-metadata';
import { type INestApplication, type INestApplicationContext, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Actor } from '@khen/domain';
import { createDataSource, EventStore, loadDatabaseConfig } from '@khen/eventstore';
import { inlineProjections, READ_MODEL_ENTITIES } from '@khen/projections';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';
import { TokenService } from '../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import type { WorkerModuleOptions } from '../../apps/worker/src/temporal/worker-options';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DEMO_USERS, loadDirectory } from '../../scripts/demo/demo-directory';
import { DEMO_FILES, sha256Of } from '../../scripts/demo/demo-documents';
import type { DataSource } from 'typeorm';

export interface TestStack {
  api: INestApplication;
  worker: INestApplicationContext;
  db: DataSource;
  store: EventStore;
  taskQueue: string;
  http: () => ReturnType<typeof request>;
  /** The bearer token of a demo user, or of an actor signed in with `signIn` first. */
  token: (actor: Actor) => string;
  /** Signs an actor in; a unit officer's unit then has the demo dossier's files uploaded (over the API). */
  signIn: (actor: Actor) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * The real thing, in-process: the API over HTTP, the worker on its own task queue, both on the
 * Temporal dev server and the PostgreSQL database that scripts/test.sh started.
 */
export async function startTestStack(
  workerOptions: WorkerModuleOptions = {},
  apiOptions: { logger?: LoggerService } = {},
): Promise<TestStack> {
  const taskQueue = `test-${randomUUID()}`;
  process.env.TEMPORAL_TASK_QUEUE = taskQueue;
  process.env.KHEN_DISCLOSURE_OVERRIDE_MS ??= '1500';

  const db = createDataSource(loadDatabaseConfig(), { entities: READ_MODEL_ENTITIES });
  await db.initialize();
  // Atomic upserts: suites run in parallel and all load the same directory.
  await loadDirectory(db);

  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot({ taskQueue, ...workerOptions }), {
    logger: ['error'],
  });
  await worker.init();
  // A logger of the test's own reads what the API logs (it then hears the worker too: Nest's logger is one per process).
  const api = await NestFactory.create(AppModule, { logger: apiOptions.logger ?? ['error'], bodyParser: false });
  configureApp(api);
  await api.init();

  const tokens = new TokenService(loadApiConfig());
  const cache = new Map<string, string>();
  const http = () => request(api.getHttpServer());
  /**
   * The demo dossier's files, uploaded over HTTP by a unit officer, as the pages do before filing: every
   * DEMO_DOCUMENTS submission of theirs then names files their unit uploaded (the store keeps one copy of
   * each content, and records each unit that uploaded it).
   */
  const uploadDemoFiles = async (actor: Actor, token: string) => {
    for (const f of DEMO_FILES) {
      const res = await http()
        .post('/api/documents')
        .set('Authorization', `Bearer ${token}`)
        .field('sha256', sha256Of(f.content))
        .attach('file', f.content, f.fileName);
      if (res.status !== 201)
        throw new Error(`demo upload ${f.fileName} for ${actor.userId}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  };
  /** A token for the actor; a unit officer of a unit also uploads the demo dossier's files, once. */
  const signIn = async (actor: Actor) => {
    const key = JSON.stringify(actor);
    if (!cache.has(key)) {
      const token = await tokens.sign(actor);
      if (actor.role === 'UNIT_OFFICER' && actor.unitId) await uploadDemoFiles(actor, token);
      cache.set(key, token);
    }
    return cache.get(key)!;
  };
  for (const actor of Object.values(DEMO_USERS)) await signIn(actor);
  return {
    api,
    worker,
    db,
    taskQueue,
    store: new EventStore(db, inlineProjections()),
    http,
    token: (actor) => {
      const token = cache.get(JSON.stringify(actor));
      if (!token) throw new Error(`no token for ${actor.userId}: call stack.signIn(actor) first`);
      return token;
    },
    signIn,
    close: async () => {
      await api.close();
      await worker.close();
      await db.destroy();
    },
  };
}

export const users = DEMO_USERS;
