import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { loadTemporalConfig } from '@khen/temporal';
import { AppendEventsActivity } from '../activities/append-events.activity';
import { bindActivities } from '../activities/activities';
import { BallotActivity } from '../activities/ballot.activity';
import { CampaignActivity } from '../activities/campaign.activity';
import { RulesActivity } from '../activities/rules.activity';
import { NotifyActivity } from '../notify/notify.activity';
import { maxCachedWorkflows, WORKER_MODULE_OPTIONS, WorkerModuleOptions } from './worker-options';
import { workflowSource } from './workflow-source';

/** Owns the Temporal Worker: started with the Nest context, drained on SIGTERM. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private worker?: Worker;
  private running?: Promise<void>;
  private connection?: NativeConnection;

  constructor(
    private readonly append: AppendEventsActivity,
    private readonly rules: RulesActivity,
    private readonly ballot: BallotActivity,
    private readonly notify: NotifyActivity,
    private readonly campaign: CampaignActivity,
    @Inject(WORKER_MODULE_OPTIONS) private readonly options: WorkerModuleOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const config = loadTemporalConfig();
    const real = bindActivities(this.append, this.rules, this.ballot, this.notify, this.campaign);
    const connection = this.options.connection ?? (await NativeConnection.connect({ address: config.address }));
    if (!this.options.connection) this.connection = connection;
    this.worker = await Worker.create({
      connection,
      namespace: this.options.namespace ?? config.namespace,
      taskQueue: this.options.taskQueue ?? config.taskQueue,
      activities: this.options.wrapActivities ? { ...real, ...this.options.wrapActivities(real) } : real,
      ...workflowSource(config.workflowBundlePath),
      shutdownGraceTime: '10 seconds',
      // Bounded, not sized from the heap limit (the SDK's default: ≈ 2,000 on this machine, ≈ 0.4 MiB each).
      // A case out of the cache is replayed from its history at its next command (a few ms).
      maxCachedWorkflows: this.options.maxCachedWorkflows ?? maxCachedWorkflows(),
    });
    this.running = this.worker.run();
    this.running.catch((err) => this.logger.error(`worker stopped: ${String(err)}`));
    this.logger.log(`worker polling task queue "${this.options.taskQueue ?? config.taskQueue}" at ${config.address}`);
  }

  /** The Temporal worker's state (RUNNING while it polls); undefined before it is created. */
  state(): string | undefined {
    return this.worker?.getState();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
