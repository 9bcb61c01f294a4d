import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every module a file imports (static imports, re-exports, require). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s+|require\()\s*'([^']+)'/g)].map((m) => m[1]);
}

function violations(dir: string, allowed: (spec: string, file: string) => boolean): string[] {
  return sources(dir).flatMap((file) =>
    importsOf(file)
      .filter((spec) => !allowed(spec, file))
      .map((spec) => `${relative(ROOT, join(ROOT, file))} → ${spec}`),
  );
}

/** The rooms of design.md §1 and their doors (style.md §13: checked by a tool, not by memory). */
describe('architecture boundaries', () => {
  it('libs/domain is pure: no other code of ours, no Node built-ins, no framework', () => {
    expect(violations('libs/domain/src', (spec) => spec.startsWith('.'))).toEqual([]);
  });

  it('workflows/ imports only the workflow SDK, the pure domain and its own files', () => {
    expect(
      violations(
        'workflows',
        (spec) => spec.startsWith('./') || spec === '@temporalio/workflow' || spec === '@khen/domain',
      ),
    ).toEqual([]);
  });

  it('libs never import apps, and apps never import each other', () => {
    const noApps = (spec: string) => !/apps\//.test(spec);
    expect(violations('libs', noApps)).toEqual([]);
    expect(violations('apps/api', (spec) => !/apps\/worker|\.\.\/\.\.\/worker/.test(spec))).toEqual([]);
    expect(violations('apps/worker', (spec) => !/apps\/api|\.\.\/\.\.\/api/.test(spec))).toEqual([]);
  });

  it('finds imports at all (the check is not vacuous)', () => {
    expect(importsOf('workflows/nomination.workflow.ts')).toEqual(
      expect.arrayContaining(['@temporalio/workflow', '@khen/domain', './nomination.contract']),
    );
  });
});
