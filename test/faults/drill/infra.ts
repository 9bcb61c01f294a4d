/**
 * The pieces a fault drill starts, kills and restarts as real OS processes: a PostgreSQL cluster
 * (pg_ctlcluster), a Temporal dev server on its own port and SQLite file, and the worker and API
 * processes built in dist/ (like scripts/up.sh). No mocks: every fault is the real thing.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function log(msg: string): void {
  process.stderr.write(`[drill ${new Date().toISOString().slice(11, 23)}] ${msg}\n`);
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Polls until `probe` is true; `dead` (checked first, outside the probe's error handling) aborts at once. */
async function until(
  what: string,
  probe: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 250,
  dead: () => string | undefined = () => undefined,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const why = dead();
    if (why) throw new Error(`${what}: ${why}`);
    try {
      if (await probe()) return Date.now() - started;
    } catch {
      // not yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not ready after ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

const asRoot = (cmd: string, args: string[]) =>
  process.getuid?.() === 0
    ? execFileSync(cmd, args, { stdio: 'pipe', encoding: 'utf8' })
    : execFileSync('sudo', [cmd, ...args], { stdio: 'pipe', encoding: 'utf8' });

/**
 * A PostgreSQL cluster driven by pg_ctlcluster. By default the drill uses a cluster of its own
 * (`khen-drill`, created once with pg_createcluster), so that restarting it disturbs nobody else's
 * database; `KHEN_DRILL_PG_CLUSTER=main` restarts the shared cluster instead.
 */
export class PgCluster {
  private constructor(
    readonly version: string,
    readonly name: string,
    readonly port: number,
    readonly own: boolean,
  ) {}

  static async ensure(name = process.env.KHEN_DRILL_PG_CLUSTER ?? 'khen-drill'): Promise<PgCluster> {
    const version = readdirSync('/usr/lib/postgresql')
      .sort((a, b) => Number(a) - Number(b))
      .pop()!;
    const own = name !== 'main';
    const listed = () =>
      asRoot('pg_lsclusters', ['-h'])
        .split('\n')
        .map((l) => l.trim().split(/\s+/))
        .find((f) => f[0] === version && f[1] === name);
    if (!listed()) {
      if (!own) throw new Error(`PostgreSQL cluster ${version}/${name} does not exist`);
      const port = await freePort();
      log(`creating PostgreSQL cluster ${version}/${name} on port ${port} (pg_createcluster)`);
      asRoot('pg_createcluster', [version, name, '-p', String(port), '--start-conf', 'manual']);
    }
    const [, , port, status] = listed()!;
    const cluster = new PgCluster(version, name, Number(port), own);
    if (status !== 'online') {
      log(`starting PostgreSQL ${version}/${name}`);
      asRoot('pg_ctlcluster', [version, name, 'start']);
    }
    await cluster.waitReady();
    if (own) cluster.ensureRole(process.env.PGUSER ?? 'khen', process.env.PGPASSWORD ?? 'khen');
    return cluster;
  }

  /** Runs SQL as the cluster's superuser (the local postgres OS user). */
  admin(sql: string, db = 'postgres'): string {
    const args = [
      '-u',
      'postgres',
      '--',
      'psql',
      '-v',
      'ON_ERROR_STOP=1',
      '-qAt',
      '-p',
      String(this.port),
      '-d',
      db,
      '-c',
      sql,
    ];
    return process.getuid?.() === 0
      ? execFileSync('runuser', args, { encoding: 'utf8', env: { PATH: process.env.PATH } })
      : execFileSync('sudo', ['-u', 'postgres', 'psql', ...args.slice(4)], { encoding: 'utf8' });
  }

  private ensureRole(user: string, password: string): void {
    this.admin(
      `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${user}') THEN CREATE ROLE "${user}" LOGIN CREATEDB PASSWORD '${password}'; END IF; END $$;`,
    );
  }

  ready(): boolean {
    try {
      execFileSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', String(this.port)], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }

  waitReady(timeoutMs = 60_000): Promise<number> {
    return until(`PostgreSQL ${this.version}/${this.name}`, () => this.ready(), timeoutMs);
  }

  /** `pg_ctlcluster VERSION NAME restart` (fast mode: open connections are cut, as in a crash or failover). */
  async restart(): Promise<number> {
    const started = Date.now();
    asRoot('pg_ctlcluster', [this.version, this.name, 'restart', '-m', 'fast']);
    await this.waitReady();
    return Date.now() - started;
  }

  createDatabase(name: string, owner: string): void {
    this.admin(`CREATE DATABASE "${name}" OWNER "${owner}"`);
  }

  dropDatabase(name: string): void {
    try {
      this.admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } catch (err) {
      log(`could not drop database ${name}: ${String(err)}`);
    }
  }

  /** Stops a cluster of the drill's own; the shared one is left running. */
  stopIfOwn(): void {
    if (!this.own) return;
    try {
      asRoot('pg_ctlcluster', [this.version, this.name, 'stop', '-m', 'fast']);
    } catch (err) {
      log(`could not stop ${this.version}/${this.name}: ${String(err)}`);
    }
  }
}

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

export const SEARCH_ATTRIBUTES = [
  'NominationStage=Keyword',
  'AwardCode=Keyword',
  'UnitId=Keyword',
  'CampaignId=Keyword',
  'SlaDeadline=Datetime',
];

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
        ...SEARCH_ATTRIBUTES.flatMap((sa) => ['--search-attribute', sa]),
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

/** The worker or the API: `node dist/apps/<app>/src/main.js`, as scripts/up.sh runs them. */
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

/** Lines of a log that match, counted (e.g. the worker's "replayed append" lines). */
export function countMatches(text: string, re: RegExp): number {
  return (text.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)) ?? []).length;
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
