import { KIND_NAMES_VI, NOMINATION_KINDS, type NominationKind } from '../organisation/kinds';
import { AUTHORITY_LEVELS, LEVEL_RANK, type AuthorityLevel } from '../organisation/levels';
import { checkDraft } from '../nomination/submission';
import { procedureFor, requiredDocumentsFor } from './rule-queries';
import { SUBJECTS, type AwardRule, type ProcedureCode, type ProcedureStep, type Subject } from './rule-set';
import { SEED_RULE_SET } from './seed-rule-set';

// The seeded catalogue against docs/domain.md §3–§4, one row per award: adding an award to the
// seed without a row here fails the coverage test.

const NOW = '2026-11-20T03:00:00.000Z';
const rs = SEED_RULE_SET;

interface Row {
  nameVi: string;
  /** Reward money multiple of docs/domain.md §3; none for the other forms. */
  multiple?: number;
  subjects: Subject[];
  decidingLevels: AuthorityLevel[];
  procedure: ProcedureCode;
  /** The regular dossier adds the initiative certificate (CSTĐ cấp tỉnh, toàn quốc). */
  initiativeCertificate?: boolean;
}

const I: Subject = 'INDIVIDUAL';
const C: Subject = 'COLLECTIVE';
const H: Subject = 'HOUSEHOLD';
const LOCAL: AuthorityLevel[] = ['UNIT', 'COMMUNE', 'DEPARTMENT'];
const PROVINCIAL: AuthorityLevel[] = ['PROVINCE', 'MINISTRY'];

const CATALOGUE: Record<string, Row> = {
  LDTT: { nameVi: 'Lao động tiên tiến', multiple: 0.3, subjects: [I], decidingLevels: LOCAL, procedure: 'STANDARD' },
  CSTD_CS: {
    nameVi: 'Chiến sĩ thi đua cơ sở',
    multiple: 1.0,
    subjects: [I],
    decidingLevels: LOCAL,
    procedure: 'STANDARD',
  },
  CSTD_TINH: {
    nameVi: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
    multiple: 3.0,
    subjects: [I],
    decidingLevels: PROVINCIAL,
    procedure: 'STANDARD',
    initiativeCertificate: true,
  },
  CSTD_TQ: {
    nameVi: 'Chiến sĩ thi đua toàn quốc',
    multiple: 4.5,
    subjects: [I],
    decidingLevels: ['GOVERNMENT'],
    procedure: 'STANDARD',
    initiativeCertificate: true,
  },
  TTLDTT: {
    nameVi: 'Tập thể lao động tiên tiến',
    multiple: 0.8,
    subjects: [C],
    decidingLevels: LOCAL,
    procedure: 'STANDARD',
  },
  TTLDXS: {
    nameVi: 'Tập thể lao động xuất sắc',
    multiple: 1.5,
    subjects: [C],
    decidingLevels: PROVINCIAL,
    procedure: 'STANDARD',
  },
  CO_TINH: {
    nameVi: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh',
    multiple: 8.0,
    subjects: [C],
    decidingLevels: PROVINCIAL,
    procedure: 'STANDARD',
  },
  CO_CP: {
    nameVi: 'Cờ thi đua của Chính phủ',
    multiple: 12.0,
    subjects: [C],
    decidingLevels: ['GOVERNMENT'],
    procedure: 'STANDARD',
  },
  GIAY_KHEN: { nameVi: 'Giấy khen', subjects: [I, C, H], decidingLevels: LOCAL, procedure: 'STANDARD' },
  BK_TINH: {
    nameVi: 'Bằng khen cấp bộ, ban, ngành, tỉnh',
    subjects: [I, C, H],
    decidingLevels: PROVINCIAL,
    procedure: 'STANDARD',
  },
  BK_TTG: {
    nameVi: 'Bằng khen của Thủ tướng Chính phủ',
    subjects: [I, C],
    decidingLevels: ['GOVERNMENT'],
    procedure: 'STANDARD',
  },
  HC_LD_3: {
    nameVi: 'Huân chương Lao động hạng Ba',
    subjects: [I, C],
    decidingLevels: ['PRESIDENT'],
    procedure: 'DISCLOSURE_FIRST',
  },
  NGUOI_TOT_VIEC_TOT: {
    nameVi: 'Người tốt, việc tốt (Thủ đô)',
    subjects: [I, C],
    decidingLevels: ['PROVINCE'],
    procedure: 'STANDARD',
  },
  CONG_DAN_THU_DO_UU_TU: {
    nameVi: 'Công dân Thủ đô ưu tú',
    subjects: [I],
    decidingLevels: ['PROVINCE'],
    procedure: 'STANDARD',
  },
};

/** Law art. 85: these kinds always take the simplified procedure and the short dossier. */
const SIMPLIFIED_KINDS: NominationKind[] = ['DOT_XUAT', 'CONG_HIEN', 'NIEN_HAN', 'DOI_NGOAI'];
const STEPS: Record<ProcedureCode, ProcedureStep[]> = {
  STANDARD: ['APPRAISAL', 'BALLOT', 'DISCLOSURE', 'DECISION'],
  DISCLOSURE_FIRST: ['APPRAISAL', 'DISCLOSURE', 'BALLOT', 'DECISION'],
  SIMPLIFIED: ['APPRAISAL', 'DECISION'],
};
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

const draft = (awardCode: string, subject: Subject, kind: NominationKind, level: AuthorityLevel) => ({
  awardCode,
  kind,
  year: 2026,
  nominee: { key: 'CCCD-001', name: 'Nguyễn Thị Lan', subject, unitId: 'unit-1' },
  council: { councilId: 'council-1', level, authorityId: 'authority-1' },
});
const highestRank = (a: AwardRule) => Math.max(...a.decidingLevels.map((l) => LEVEL_RANK[l]));
const awards = Object.values(rs.awards);
const rowOf = (a: AwardRule): Row => CATALOGUE[a.code];

describe('the seeded award catalogue', () => {
  it('has a row in this table for every award, and no row for an award it lacks', () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual(Object.keys(rs.awards).sort());
  });

  it('sends the simplified kinds, and only them, to the simplified procedure (Law art. 85)', () => {
    expect([...rs.simplifiedKinds].sort()).toEqual([...SIMPLIFIED_KINDS].sort());
    (Object.keys(STEPS) as ProcedureCode[]).forEach((code) => expect(rs.procedures[code].steps).toEqual(STEPS[code]));
  });

  describe.each(awards.map((a) => [a.code, a] as const))('%s', (_code, award) => {
    const row = rowOf(award);

    it('is named in Vietnamese with its diacritics (NFC) and in English', () => {
      expect(award.nameVi).toBe(row.nameVi);
      expect(award.nameVi).toMatch(VIETNAMESE_LETTER);
      expect(award.nameVi).toBe(award.nameVi.normalize('NFC'));
      expect(award.nameEn).toMatch(/^[A-Z][A-Za-z' (),-]+$/);
    });

    it('pays the reward multiple of Decree 98 art. 54, or none', () => {
      expect(award.rewardMultiple).toBe(row.multiple);
    });

    it('takes the subjects and is decided at the levels of docs/domain.md §2–§3', () => {
      expect([...award.subjects].sort()).toEqual([...row.subjects].sort());
      expect([...award.decidingLevels].sort()).toEqual([...row.decidingLevels].sort());
    });

    it('accepts a draft of every subject it takes, in every kind it allows, at each of its deciding levels', () => {
      const refused = award.subjects
        .flatMap((s) =>
          award.allowedKinds.flatMap((k) =>
            award.decidingLevels.map((l) => [s, k, l, checkDraft(draft(award.code, s, k, l), rs, NOW)?.code] as const),
          ),
        )
        .filter(([, , , code]) => code !== undefined);
      expect(refused).toEqual([]);
    });

    it('accepts a draft filed with a unit-level council, which decides it or proposes and forwards it upward', () => {
      expect(checkDraft(draft(award.code, award.subjects[0], award.allowedKinds[0], 'UNIT'), rs, NOW)).toBeUndefined();
    });

    const otherSubjects = SUBJECTS.filter((s) => !row.subjects.includes(s));
    if (otherSubjects.length)
      it(`refuses ${otherSubjects.join(' and ')} with WRONG_SUBJECT`, () => {
        otherSubjects.forEach((s) => {
          expect(
            checkDraft(draft(award.code, s, award.allowedKinds[0], award.decidingLevels[0]), rs, NOW),
          ).toMatchObject({ code: 'WRONG_SUBJECT', field: 'nominee.subject' });
        });
      });

    it('refuses a kind it does not allow with KIND_NOT_ALLOWED, naming the kind in Vietnamese', () => {
      NOMINATION_KINDS.filter((k) => !award.allowedKinds.includes(k)).forEach((k) => {
        const refusal = checkDraft(draft(award.code, award.subjects[0], k, award.decidingLevels[0]), rs, NOW);
        expect(refusal).toMatchObject({ code: 'KIND_NOT_ALLOWED', field: 'kind' });
        expect(refusal?.messageVi).toContain(KIND_NAMES_VI[k]);
      });
    });

    const higherLevels = AUTHORITY_LEVELS.filter((l) => LEVEL_RANK[l] > highestRank(award));
    if (higherLevels.length)
      it(`refuses a council above its highest deciding level (${higherLevels.join(', ')}) with AUTHORITY_NOT_COMPETENT`, () => {
        higherLevels.forEach((l) => {
          expect(checkDraft(draft(award.code, award.subjects[0], award.allowedKinds[0], l), rs, NOW)).toMatchObject({
            code: 'AUTHORITY_NOT_COMPETENT',
            field: 'councilId',
          });
        });
      });

    // A council that does not decide the award and has no deciding level above it could neither
    // sign (AUTHORITY_MUST_FORWARD) nor forward (NO_HIGHER_LEVEL): it must not take the draft.
    const deadEnds = AUTHORITY_LEVELS.filter(
      (l) =>
        LEVEL_RANK[l] <= highestRank(award) &&
        !award.decidingLevels.includes(l) &&
        !award.decidingLevels.some((d) => LEVEL_RANK[d] > LEVEL_RANK[l]),
    );
    if (deadEnds.length)
      it(`refuses a council of the same rank that does not decide it (${deadEnds.join(', ')}), which could neither decide nor forward`, () => {
        deadEnds.forEach((l) => {
          expect([
            l,
            checkDraft(draft(award.code, award.subjects[0], award.allowedKinds[0], l), rs, NOW)?.code,
          ]).toEqual([l, 'AUTHORITY_NOT_COMPETENT']);
        });
      });

    it('follows the simplified procedure for the art. 85 kinds and its own procedure otherwise', () => {
      NOMINATION_KINDS.forEach((k) => {
        const expected: ProcedureCode = SIMPLIFIED_KINDS.includes(k) ? 'SIMPLIFIED' : row.procedure;
        const procedure = procedureFor(rs, award, k);
        expect([k, procedure.code, procedure.steps]).toEqual([k, expected, STEPS[expected]]);
      });
    });

    it('asks for the short dossier in the simplified kinds and the full one otherwise, every document declared', () => {
      award.allowedKinds.forEach((k) => {
        const expected = SIMPLIFIED_KINDS.includes(k)
          ? ['TO_TRINH', 'BAO_CAO_TOM_TAT']
          : [
              'TO_TRINH',
              'BAO_CAO_THANH_TICH',
              'BIEN_BAN_HOP',
              ...(row.initiativeCertificate && k === 'CONG_TRANG' ? ['CHUNG_NHAN_SANG_KIEN'] : []),
            ];
        const documents = requiredDocumentsFor(rs, award, k);
        expect([k, documents]).toEqual([k, expected]);
        documents.forEach((d) => expect(rs.documentTypes[d]?.nameVi).toMatch(VIETNAMESE_LETTER));
      });
    });
  });
});
