import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { freePort, log, until } from './infra';

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

  /**
   * Runs SQL as the cluster's superuser (the local postgres OS user), on stdin, so that values go in
   * as psql variables (`:'v'` a literal, `:"v"` an identifier, quoted by psql), never pasted into the SQL.
   */
  admin(sql: string, vars: Record<string, string> = {}, db = 'postgres'): string {
    const psql = ['psql', '-v', 'ON_ERROR_STOP=1', '-qAt', '-p', String(this.port), '-d', db];
    for (const [k, v] of Object.entries(vars)) psql.push('-v', `${k}=${v}`);
    return process.getuid?.() === 0
      ? execFileSync('runuser', ['-u', 'postgres', '--', ...psql], {
          encoding: 'utf8',
          input: sql,
          env: { PATH: process.env.PATH },
        })
      : execFileSync('sudo', ['-u', 'postgres', ...psql], { encoding: 'utf8', input: sql });
  }

  private ensureRole(user: string, password: string): void {
    this.admin(
      `SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password')
       WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \\gexec\n`,
      { user, password },
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
    this.admin(`CREATE DATABASE :"name" OWNER :"owner";\n`, { name, owner });
  }

  dropDatabase(name: string): void {
    try {
      this.admin(`DROP DATABASE IF EXISTS :"name" WITH (FORCE);\n`, { name });
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
