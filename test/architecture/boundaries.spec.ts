import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '../..');
const CRUISER = join(ROOT, 'node_modules/.bin/depcruise');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Runs dependency-cruiser with the repo's config (the same as `npm run lint`) and returns what it found. */
function cruise(paths: string[]): Violation[] {
  let out: string;
  try {
    out = execFileSync(CRUISER, [...paths, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    // It exits non-zero when it finds violations; the JSON report is still on stdout.
    out = (err as { stdout?: string }).stdout ?? '';
    if (!out) throw err;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

/** Probe files that break one rule each; written for the test and removed after it. */
const PROBES: Record<string, { file: string; text: string }> = {
  'domain-is-pure': {
    file: 'libs/domain/src/zz-boundary-probe.ts',
    text: "import { EventStore } from '@khen/eventstore';\nexport const probe = EventStore;\n",
  },
  'workflows-deterministic': {
    file: 'workflows/zz-boundary-probe.ts',
    text: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
  },
  'projections-below-temporal': {
    file: 'libs/projections/src/zz-boundary-probe.ts',
    text: "import { NominationGateway } from '@khen/temporal';\nexport const probe = NominationGateway;\n",
  },
  'apps-never-import-each-other': {
    file: 'apps/api/src/zz-boundary-probe.ts',
    text: "import { WorkerModule } from '../../worker/src/worker.module';\nexport const probe = WorkerModule;\n",
  },
  'web-imports-only-types': {
    file: 'apps/web/src/zz-boundary-probe.ts',
    text: "import { decide } from '../../../libs/domain/src';\nexport const probe = decide;\n",
  },
};

describe('architecture boundaries (dependency-cruiser, .dependency-cruiser.cjs)', () => {
  it('the tree keeps every boundary', () => {
    expect(cruise(['apps', 'libs', 'workflows', 'scripts', 'bench', 'test'])).toEqual([]);
  });

  describe('a deliberate violation fails', () => {
    const written: string[] = [];
    afterAll(() => written.forEach((f) => rmSync(join(ROOT, f), { force: true })));

    it.each(Object.keys(PROBES))('%s', (rule) => {
      const probe = PROBES[rule];
      mkdirSync(dirname(join(ROOT, probe.file)), { recursive: true });
      writeFileSync(join(ROOT, probe.file), probe.text);
      written.push(probe.file);
      try {
        const found = cruise([probe.file]);
        expect(found.map((v) => v.rule.name)).toContain(rule);
        expect(found.every((v) => v.from === probe.file)).toBe(true);
      } finally {
        rmSync(join(ROOT, probe.file), { force: true });
      }
    });
  });
});
