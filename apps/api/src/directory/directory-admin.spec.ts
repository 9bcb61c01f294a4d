import { ProblemException } from '../problem/problem.exception';
import { validated } from '../problem/validation-messages';
import { AuditQueryDto } from './directory-admin.dto';
import { auditFilter, parseIfMatch } from './directory-admin.service';

describe('the directory administration at the edge', () => {
  it('reads If-Match as the version the client saw', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('*')).toBeUndefined();
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch('7')).toBe(7);
  });

  it('refuses an If-Match that is no version, naming the header in Vietnamese', () => {
    expect(() => parseIfMatch('"abc"')).toThrow(ProblemException);
    try {
      parseIfMatch('phiên bản cũ');
    } catch (e) {
      expect(e).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect((e as ProblemException).extra.errors?.[0]).toMatchObject({ field: 'If-Match' });
    }
  });

  it('checks the audit filter: kind, dates, position and limit', async () => {
    const query = (q: object) => validated(AuditQueryDto, q);
    expect(auditFilter(await query({ kind: 'unit', limit: '10' }))).toMatchObject({ kind: 'unit', limit: 10 });
    for (const bad of [{ kind: 'nguoi' }, { from: '2026-02-30' }, { before: 'x' }, { limit: '0' }, { limit: '99999' }])
      await expect(query(bad)).rejects.toBeInstanceOf(ProblemException);
  });
});
