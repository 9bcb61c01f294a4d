import { NO_FACTS } from '../eligibility/facts';
import { isRefusal } from '../refusal';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { checkUploads, documentsToCheck, formatMegabytes } from './dossier-files';
import { decide } from './nomination.decider';
import type { DocumentFacts as DossierFacts } from './dossier-files';
import { ctx, docs, officer, start, submitted } from './testing/fixtures';

const MB = 1048576;
const facts = (uploaded: string[], size = 1000, maxDossierBytes = 100 * MB): DossierFacts => ({
  ownerId: 'SO-GD',
  maxDossierBytes,
  uploaded: uploaded.map((sha256, i) => ({ sha256, size, mediaType: 'application/pdf', fileName: `tep-${i}.pdf` })),
});

describe('dossier files against the unit uploads', () => {
  it('says sizes in megabytes with a decimal comma', () => {
    expect(formatMegabytes(20 * MB)).toBe('20 MB');
    expect(formatMegabytes(104.24 * MB)).toBe('104,2 MB');
    expect(formatMegabytes(MB / 2)).toBe('0,5 MB');
  });

  it('fills each document with the file the store holds: its name, size and sniffed type', () => {
    const ds = docs().map((d, i) => ({ ...d, sha256: String(i).repeat(64) }));
    const out = checkUploads(
      start(),
      ds,
      facts(
        ds.map((d) => d.sha256),
        2048,
      ),
      SEED_RULE_SET,
    );
    expect(out).toEqual(
      ds.map((d, i) => ({ ...d, fileName: `tep-${i}.pdf`, size: 2048, mediaType: 'application/pdf' })),
    );
  });

  it('refuses a hash the unit did not upload, naming the document by its Vietnamese title', () => {
    const r = decide(
      start(),
      { type: 'SubmitDossier', documents: docs() },
      ctx(officer, undefined, { facts: { ...NO_FACTS, documents: facts([]) } }),
    );
    expect(isRefusal(r) && r.code).toBe('DOCUMENT_NOT_UPLOADED');
    expect(isRefusal(r) && r.messageVi).toContain('«Tờ trình đề nghị khen thưởng»');
    expect(isRefusal(r) && r.messageVi).not.toContain('TO_TRINH');
  });

  it('counts the whole dossier against its limit: what a supplement adds to what was filed', () => {
    const s = submitted();
    const added = [{ code: 'BIEN_BAN_HOP', title: 'Biên bản', sha256: 'b'.repeat(64) }];
    const ok = checkUploads(s, added, facts(['a'.repeat(64), 'b'.repeat(64)], 40 * MB), SEED_RULE_SET);
    expect(isRefusal(ok)).toBe(false);
    const over = checkUploads(s, added, facts(['a'.repeat(64), 'b'.repeat(64)], 60 * MB), SEED_RULE_SET);
    expect(isRefusal(over) && over.code).toBe('DOSSIER_TOO_LARGE');
    expect(isRefusal(over) && over.messageVi).toContain('120 MB');
    expect(isRefusal(over) && over.messageVi).toContain('100 MB');
  });

  it('lets documents pass unchecked without the facts: histories recorded before uploads replay as they ran', () => {
    expect(checkUploads(start(), docs(), undefined, SEED_RULE_SET)).toEqual(docs());
  });

  it("asks for the unit's uploads of the whole dossier, and for the authority's of a signed decision", () => {
    const s = submitted();
    const check = documentsToCheck(s, {
      type: 'SupplementDossier',
      documents: [{ code: 'BIEN_BAN_HOP', title: 'x', sha256: 'c'.repeat(64) }],
    });
    expect(check).toEqual({ ownerId: 'SO-GD', hashes: ['a'.repeat(64), 'c'.repeat(64)] });
    const decision = documentsToCheck(s, {
      type: 'IssueDecision',
      decisionNumber: '1',
      decisionDate: '2026-01-01',
      signedDocument: { code: 'QUYET_DINH', title: 'QĐ', sha256: 'd'.repeat(64) },
    });
    expect(decision).toEqual({ ownerId: s.council!.authorityId, hashes: ['d'.repeat(64)] });
    expect(documentsToCheck(s, { type: 'IssueDecision', decisionNumber: '1', decisionDate: '2026-01-01' })).toBe(
      undefined,
    );
  });
});
