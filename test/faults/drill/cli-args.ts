/** The command line of the drills' entry points (cli.ts, cluster-cli.ts): `--name value`, `--name=value`, `--flag`. */

export function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, v] = a.slice(2).split('=', 2);
    if (v !== undefined) out[k] = v;
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[k] = argv[++i];
    else out[k] = 'true';
  }
  return out;
}

/** A number option ≥ 0, or its default. */
export function numberArg(a: Record<string, string>, k: string, d: number): number {
  const n = a[k] === undefined ? d : Number(a[k]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${k} must be a number ≥ 0, not "${a[k]}"`);
  return n;
}

/** Runs a drill: the report as JSON on stdout, its summary on stderr; exit 0 passed, 1 failed, 2 could not run. */
export function runDrillCli(what: string, run: () => Promise<{ ok: boolean; summary: string }>): void {
  run()
    .then((report) => {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      process.stderr.write(`${report.summary}\n`);
      process.exit(report.ok ? 0 : 1);
    })
    .catch((err) => {
      process.stderr.write(`${what} failed to run: ${(err as Error).stack ?? String(err)}\n`);
      process.exit(2);
    });
}
