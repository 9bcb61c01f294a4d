/**
 * The drill's processes: each a child with its output appended to a log file, started, stopped,
 * SIGKILLed and restarted for real: the Temporal dev server, the worker and the API.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_ATTRIBUTE_REGISTRATIONS } from '@khen/workflows/nomination.contract';
import { log, sleep, until } from './infra';

/** A child process with its output appended to a log file; each incarnation is marked in the log. */
class Managed {
  child?: ChildProcess;
  exits: { code: number | null; signal: NodeJS.Signals | null; expected: boolean }[] = [];
  starts = 0;
  private out?: WriteStream;
  private expectExit = false;

  constructor(
    readonly name: string,
    private readonly cmd: string,
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv,
    readonly logFile: string,
  ) {}

  start(): void {
    this.out ??= createWriteStream(this.logFile, { flags: 'a' });
    this.starts++;
    this.out.write(`\n===== ${this.name} start #${this.starts} at ${new Date().toISOString()} =====\n`);
    this.expectExit = false;
    const child = spawn(this.cmd, this.args, { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(this.out, { end: false });
    child.stderr!.pipe(this.out, { end: false });
    child.once('exit', (code, signal) => {
      this.exits.push({ code, signal, expected: this.expectExit });
      if (!this.expectExit) log(`${this.name} (pid ${child.pid}) exited unexpectedly: code ${code} signal ${signal}`);
      if (this.child === child) this.child = undefined;
    });
    this.child = child;
  }

  get alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  get unexpectedExits(): number {
    return this.exits.filter((e) => !e.expected).length;
  }

  /** Sends a signal and waits for the process to be gone (SIGKILL after `graceMs`). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 20_000): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    this.expectExit = true;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  }

  logText(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
  }

  async close(): Promise<void> {
    await this.stop('SIGTERM', 10_000);
    await new Promise<void>((r) => (this.out ? this.out.end(r) : r()));
    this.out = undefined;
  }
}

/** `temporal server start-dev` on its own port and SQLite file; restarted on the same file. */
export class TemporalDevServer extends Managed {
  constructor(
    readonly cli: string,
    readonly port: number,
    readonly dbFile: string,
    logFile: string,
  ) {
    super(
      'temporal',
      cli,
      [
        'server',
        'start-dev',
        '--db-filename',
        dbFile,
        '--ip',
        '127.0.0.1',
        '--port',
        String(port),
        '--headless',
        '--log-level',
        'warn',
        '--sqlite-pragma',
        'journal_mode=wal',
        ...SEARCH_ATTRIBUTE_REGISTRATIONS.flatMap((sa) => ['--search-attribute', sa]),
      ],
      process.env,
      logFile,
    );
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  healthy(): boolean {
    try {
      execFileSync(this.cli, ['operator', 'cluster', 'health', '--address', this.address], {
        stdio: 'ignore',
        timeout: 10_000,
      });
      return true;
    } catch {
      return false;
    }
  }

  async up(timeoutMs = 90_000): Promise<number> {
    const started = Date.now();
    this.start();
    await until(
      'Temporal dev server',
      () => this.healthy(),
      timeoutMs,
      500,
      () => (this.alive ? undefined : `exited; log ${this.logFile}`),
    );
    return Date.now() - started;
  }

  /**
   * Stops the server (SIGTERM, as an operator's restart does), leaves it down for `downMs` (an outage
   * long enough that the worker's completions of activities already done are lost, so that they run
   * again and the store must ignore their second append), and starts it again on the same db file.
   */
  async restart(downMs = 0): Promise<number> {
    const started = Date.now();
    await this.stop('SIGTERM');
    await sleep(downMs);
    await this.up();
    return Date.now() - started;
  }
}

/** The worker or the API: `node <dist>/apps/<app>/src/main.js`, as npm start runs them; ready when healthy. */
export class AppProcess extends Managed {
  constructor(
    readonly app: 'worker' | 'api',
    dist: string,
    env: NodeJS.ProcessEnv,
    logFile: string,
    private readonly ready: () => Promise<boolean>,
  ) {
    super(app, process.execPath, [join(dist, 'apps', app, 'src', 'main.js')], env, logFile);
  }

  async up(timeoutMs = 120_000): Promise<number> {
    const started = Date.now();
    this.start();
    await until(
      this.app,
      () => this.ready(),
      timeoutMs,
      200,
      () => (this.alive ? undefined : `exited at start; log ${this.logFile}`),
    );
    return Date.now() - started;
  }

  /** SIGKILL: no shutdown hook runs, in-flight activities and workflow tasks are simply lost. */
  async kill(): Promise<void> {
    await this.stop('SIGKILL');
  }
}

/** Starts again, until `done`, any of `procs` that died on its own (not one being restarted on purpose). */
export async function supervise(procs: AppProcess[], restarting: Set<string>, done: () => boolean): Promise<void> {
  while (!done()) {
    for (const p of procs) {
      if (!p.alive && !restarting.has(p.app)) {
        log(`supervisor: restarting ${p.app}`);
        await p.up().catch((e) => log(`supervisor: ${p.app} did not come back: ${String(e)}`));
      }
    }
    await sleep(1000);
  }
}
