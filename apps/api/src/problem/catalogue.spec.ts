import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { refusal, REFUSAL_CODES, REFUSAL_KINDS } from '@khen/domain';
import { EDGE_REFUSALS, PROBLEM_CODES, STATUS_OF_KIND, statusOf, type EdgeCode } from './catalogue';
import { problem, ProblemException } from './problem.exception';

// The refusal catalogue's static guarantees. That each code is produced by a concrete request is the
// e2e table test's (test/e2e/refusal-catalogue.e2e.spec.ts); the domain's scenarios are refusal-codes.spec.ts.

const ROOT = join(__dirname, '../../../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}
const read = (files: string[]) => files.map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));

describe('the refusal catalogue', () => {
  it('names every code once: the domain codes and the edge codes are apart', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    expect(Object.keys(EDGE_REFUSALS).filter((c) => (REFUSAL_CODES as string[]).includes(c))).toEqual([]);
  });

  it('gives every code exactly one HTTP status, a client or server error', () => {
    for (const code of PROBLEM_CODES) {
      const status = statusOf(code);
      expect({ code, status: status >= 400 && status < 600 }).toEqual({ code, status: true });
    }
    // A domain code's status is its kind's, read in one place.
    for (const code of REFUSAL_CODES) expect(statusOf(code)).toBe(STATUS_OF_KIND[REFUSAL_KINDS[code]]);
  });

  it('answers every domain refusal with the status of its code, whatever builds it', () => {
    for (const code of REFUSAL_CODES) {
      const p = ProblemException.fromRefusal(refusal(code, 'Bị từ chối.', 'Refused.', { field: 'x' }));
      expect({ code, status: p.status, field: p.extra.field }).toEqual({ code, status: statusOf(code), field: 'x' });
    }
  });

  it("builds an edge refusal from the catalogue's words and status", () => {
    const p = problem('STALE_VERSION', { version: 7 });
    expect(p).toMatchObject({ status: 412, code: 'STALE_VERSION', extra: { field: 'If-Match' } });
    expect(p.messageVi).toContain('phiên bản hiện tại 7');
    expect(() => new (ProblemException as unknown as new (...a: unknown[]) => unknown)(Symbol(), 'X', {})).toThrow(
      TypeError,
    );
  });

  it('is the only way to a problem: no code of the API builds one in words of its own', () => {
    const api = read(sources(join(ROOT, 'apps/api/src')));
    const offenders = api.filter(
      (f) => /new ProblemException\(/.test(f.text) && f.file !== 'apps/api/src/problem/problem.exception.ts',
    );
    expect(offenders.map((f) => f.file)).toEqual([]);
    // Every edge code is used somewhere: the catalogue holds no dead entry.
    const used = (code: EdgeCode) => api.some((f) => f.text.includes(`'${code}'`) && !f.file.includes('/catalogue/'));
    expect((Object.keys(EDGE_REFUSALS) as EdgeCode[]).filter((c) => !used(c))).toEqual([]);
  });

  it('defines each domain code in exactly one builder, across the domain and the Temporal client', () => {
    const code = read([...sources(join(ROOT, 'libs/domain/src')), ...sources(join(ROOT, 'libs/temporal/src'))]);
    for (const c of REFUSAL_CODES) {
      const places = code.flatMap((f) =>
        (f.text.match(new RegExp(`refusal\\(\\s*'${c}'`, 'g')) ?? []).map(() => f.file),
      );
      expect({ code: c, places: places.length }).toEqual({ code: c, places: 1 });
    }
  });
});
