/**
 * The load both drills drive (the dev-server drill and the cluster drill): every case through the API at
 * once (their starts staggered), its progress for the faults and the log, and the checks afterwards.
 */
import { Client, Connection } from '@temporalio/client';
import type { Actor } from '@khen/domain';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import type { TokenService } from '../../../apps/api/src/auth/token.service';
import { DEMO_USERS } from '../../../scripts/demo/demo-directory';
import type { DrillClient } from './client';
import { log, sleep } from './infra';
import { DrillCase, outcomeOf } from './scenarios';
import { verifyDrill, type VerifyReport } from './verify';

/** A token for each demo user, signed once (the drill's clients send thousands of requests). */
export async function demoTokens(service: TokenService): Promise<(a: Actor) => string> {
  const tokenOf = new Map<string, string>();
  for (const a of Object.values(DEMO_USERS)) tokenOf.set(a.userId, await service.sign(a));
  return (a: Actor) => tokenOf.get(a.userId)!;
}

/** N cases driven to their planned outcomes, started as soon as the load is made. */
export class DrillLoad {
  readonly cases: DrillCase[];
  readonly totalSteps: number;
  readonly started = Date.now();
  stepsDone = 0;
  done = false;
  /** Settles when every case has finished (or its client gave up). */
  readonly drivers: Promise<void>;

  constructor(
    n: number,
    readonly client: DrillClient,
    tokens: (a: Actor) => string,
    deadlineMs: number,
  ) {
    const tag = Date.now().toString(36);
    this.cases = Array.from({ length: n }, (_, i) => new DrillCase(i, outcomeOf(i), tag));
    this.totalSteps = this.cases.reduce((s, c) => s + c.steps.length, 0);
    const deadline = this.started + deadlineMs;
    this.drivers = Promise.all(
      this.cases.map(async (c, i) => {
        await sleep(Math.min(i * 5, 2000));
        await c.drive(client, tokens, deadline, () => {
          this.stepsDone++;
        });
      }),
    )
      .then(() => undefined)
      .finally(() => {
        this.done = true;
      });
  }

  /** Share of the load's commands done (0..1). */
  progress(): number {
    return this.stepsDone / this.totalSteps;
  }

  inFlight(): number {
    return this.cases.filter((c) => !c.finished).length;
  }

  /** A progress line every 30 s until the load is done. */
  async logProgress(): Promise<void> {
    for (let last = 0; !this.done; await sleep(1000)) {
      if (Date.now() - last < 30_000) continue;
      last = Date.now();
      const retries = Object.values(this.client.stats.retries).reduce((a, b) => a + b, 0);
      log(
        `progress: ${this.stepsDone}/${this.totalSteps} commands, ${this.cases.length - this.inFlight()}/${this.cases.length} cases done, ` +
          `${this.client.stats.requests} requests, ${retries} retries`,
      );
    }
  }
}

/** verify.ts's checks over the drill's database and Temporal, with their connections closed afterwards. */
export async function verifyLoad(
  dbEnv: NodeJS.ProcessEnv,
  temporalAddress: string,
  cases: DrillCase[],
): Promise<VerifyReport> {
  const ds = createDataSource(loadDatabaseConfig(dbEnv), { entities: READ_MODEL_ENTITIES });
  await ds.initialize();
  const connection = await Connection.connect({ address: temporalAddress });
  try {
    return await verifyDrill(ds, new Client({ connection, namespace: 'default' }), cases);
  } finally {
    await connection.close();
    await ds.destroy();
  }
}
