import { NO_FACTS } from '../eligibility/facts';
import { isRefusal } from '../refusal';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import {
  checkSignedDecision,
  checkUploads,
  documentName,
  documentsToCheck,
  formatMegabytes,
  formatMegabytesEn,
} from './dossier-files';
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

describe('how a document is named, and the edges of the checks', () => {
  const type = SEED_RULE_SET.documentTypes.TO_TRINH!;
  const named = (
    title: string | undefined,
    code = 'TO_TRINH',
    rules: typeof SEED_RULE_SET | undefined = SEED_RULE_SET,
  ) => documentName({ code, title, sha256: 'a'.repeat(64) } as Parameters<typeof documentName>[0], rules);

  it('says sizes in megabytes with a decimal point in English', () => {
    expect(formatMegabytesEn(20 * MB)).toBe('20 MB');
    expect(formatMegabytesEn(104.24 * MB)).toBe('104.2 MB');
    expect(formatMegabytesEn(MB / 2)).toBe('0.5 MB');
  });

  it("names a document by its type, adding the unit's own title, trimmed, only where it says more", () => {
    expect(named('  Tờ trình số 12/TTr  ')).toEqual({
      vi: `«${type.nameVi}» («Tờ trình số 12/TTr»)`,
      en: `"${type.nameEn}" («Tờ trình số 12/TTr»)`,
    });
    for (const title of [type.nameVi, 'TO_TRINH', '   ', undefined])
      expect(named(title)).toEqual({ vi: `«${type.nameVi}»`, en: `"${type.nameEn}"` });
  });

  it('names a document of no known type by its title, else as a document', () => {
    expect(named(' Bản sao bằng khen ', 'KHAC')).toEqual({ vi: '«Bản sao bằng khen»', en: '"Bản sao bằng khen"' });
    expect(named(undefined, 'KHAC')).toEqual({ vi: '«Tài liệu»', en: '"Document"' });
    // Without the rules (a history recorded before them), the title alone.
    expect(documentName({ code: 'TO_TRINH', title: 'Tờ trình', sha256: 'a'.repeat(64) }, undefined)).toEqual({
      vi: '«Tờ trình»',
      en: '"Tờ trình"',
    });
  });

  it('says whose upload is missing: the unit’s for a dossier, the authority’s for a signed decision', () => {
    const unit = checkUploads(start(), docs(), facts([]), SEED_RULE_SET);
    expect(isRefusal(unit) && [unit.messageVi, unit.messageEn]).toEqual([
      expect.stringContaining('chưa được đơn vị tải lên'),
      expect.stringContaining('not uploaded by the unit'),
    ]);
    const signed = { code: 'QUYET_DINH', title: 'QĐ', sha256: 'd'.repeat(64) };
    const authority = checkSignedDecision(signed, facts([]), SEED_RULE_SET);
    expect(isRefusal(authority) && [authority.messageVi, authority.messageEn]).toEqual([
      expect.stringContaining('chưa được cơ quan có thẩm quyền tải lên'),
      expect.stringContaining('not uploaded by the authority'),
    ]);
  });

  it('takes a dossier of exactly its limit, and counts a file filed earlier by the size it was filed with', () => {
    const s = submitted();
    const added = [{ code: 'BIEN_BAN_HOP', title: 'Biên bản', sha256: 'b'.repeat(64) }];
    // The earlier file is not among this lookup's uploads: its recorded size counts.
    const filed = { ...s, documents: s.documents.map((d) => ({ ...d, size: 30 * MB })) };
    expect(isRefusal(checkUploads(filed, added, facts(['b'.repeat(64)], 70 * MB), SEED_RULE_SET))).toBe(false);
    const over = checkUploads(filed, added, facts(['b'.repeat(64)], 70 * MB + 1), SEED_RULE_SET);
    expect(isRefusal(over) && over.code).toBe('DOSSIER_TOO_LARGE');
  });

  it('asks for the uploads of a first submission too, and for nothing on a command that names no file', () => {
    const s = start();
    const first = docs().map((d, i) => ({ ...d, sha256: String(i).repeat(64) }));
    expect(documentsToCheck(s, { type: 'SubmitDossier', documents: first })).toEqual({
      ownerId: s.unitId,
      hashes: first.map((d) => d.sha256),
    });
    expect(documentsToCheck(submitted(), { type: 'WithdrawNomination', reason: 'Rút' })).toBeUndefined();
  });
});
