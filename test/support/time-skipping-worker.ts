import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor, DraftInput } from '@khen/domain';
import { nominationUpdates, nominationWorkflowId, type CommandRequest } from '@khen/workflows/nomination.contract';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import type { AlertChannel } from '../../apps/worker/src/notify/alert-channel';
import { LogChannel } from '../../apps/worker/src/notify/log.channel';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DEMO_DOCUMENTS, DEMO_USERS, loadDirectory } from '../../scripts/demo/demo-directory';
import { seedDemoUploads } from '../../scripts/demo/demo-documents';
import { timeSkippingAt } from './time-skipping';

export interface TimeSkippingWorker {
  env: TestWorkflowEnvironment;
  db: DataSource;
  /** One command to a case's workflow, as the API sends it (an Update). */
  send(
    id: string,
    type: keyof typeof nominationUpdates,
    command: CommandRequest['command'],
    actor: Actor,
  ): Promise<unknown>;
  /** A provincial Bằng khen for a person of SO-GD, filed and submitted by the unit officer; its id. */
  fileAndSubmit(nomineeName: string, year: number): Promise<string>;
  close(): Promise<void>;
}

function caseCommands(env: TestWorkflowEnvironment, taskQueue: string) {
  const send: TimeSkippingWorker['send'] = (id, type, command, actor) =>
    env.client.workflow
      .getHandle(nominationWorkflowId(id))
      .executeUpdate(nominationUpdates[type] as typeof nominationUpdates.SubmitDossier, {
        args: [{ command, actor } as never],
      });
  const fileAndSubmit = async (nomineeName: string, year: number) => {
    const id = randomUUID();
    const draft: DraftInput = {
      nominationId: id,
      awardCode: 'BK_TINH',
      kind: 'CONG_TRANG',
      unitId: 'SO-GD',
      campaignId: 'TONG-KET-2026',
      year,
      nominee: { key: `TS-${id}`, name: nomineeName, subject: 'INDIVIDUAL', unitId: 'SO-GD' },
      council: { councilId: 'HD-TP', level: 'PROVINCE', authorityId: 'UBND-TP' },
      achievements: {},
    };
    await env.client.workflow.start('nominationWorkflow', {
      taskQueue,
      workflowId: nominationWorkflowId(id),
      args: [{ draft, actor: DEMO_USERS.unitOfficer }],
    });
    await send(id, 'SubmitDossier', { type: 'SubmitDossier', documents: DEMO_DOCUMENTS }, DEMO_USERS.unitOfficer);
    return id;
  };
  return { send, fileAndSubmit };
}

/**
 * What the test/sla suites share: the time-skipping server at `startAt`, the test database with the
 * demo directory, and the real worker (Nest context) polling `taskQueue` on that server. Whatever
 * started is stopped again if a later step fails.
 */
export async function startTimeSkippingWorker(
  startAt: string,
  o: { taskQueue: string; alertChannels?: AlertChannel[] },
): Promise<TimeSkippingWorker> {
  let env: TestWorkflowEnvironment | undefined;
  let db: DataSource | undefined;
  let worker: INestApplicationContext | undefined;
  const close = async () => {
    await worker?.close();
    await env?.teardown();
    await db?.destroy();
  };
  try {
    env = await timeSkippingAt(startAt);
    db = createDataSource(loadDatabaseConfig(), { entities: READ_MODEL_ENTITIES });
    await db.initialize();
    await loadDirectory(db);
    // The dossiers these suites submit name the demo files: uploaded by the units that file them.
    await seedDemoUploads(db);
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({
        connection: env.nativeConnection,
        namespace: 'default',
        taskQueue: o.taskQueue,
        alertChannels: o.alertChannels ?? [new LogChannel()],
      }),
      { logger: ['error'] },
    );
    await worker.init();
    return { env, db, close, ...caseCommands(env, o.taskQueue) };
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
}
