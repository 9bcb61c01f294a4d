import { isRefusal } from '../refusal';
import { decideInitiative, evolveInitiative } from './initiative.decider';
import type { InitiativeCommand, InitiativeContext, InitiativeState } from './initiative.types';
import { initiativeStreamId, parseInitiativeStreamId } from './initiative.types';

// What each refusal of the initiative registry tells an official, field and words, in both languages.
const today = '2026-11-20';
const office: InitiativeContext = { actor: { userId: 'ban-tdkt', role: 'TDKT_OFFICE' }, today, unitKnown: true };
type Filing = Extract<InitiativeCommand, { type: 'FileInitiative' }>;
type Assessment = Extract<InitiativeCommand, { type: 'AssessInitiative' }>;
const filing = (over: Partial<Filing> = {}): Filing => ({
  type: 'FileInitiative',
  initiativeId: 'SK-1',
  title: 'Số hoá hồ sơ học sinh',
  unitId: 'SO-GD',
  year: 2025,
  authors: [{ key: 'CCCD-001', name: 'Nguyễn Thị Lan', userId: 'gv-lan' }],
  ...over,
});
const assess = (over: Partial<Assessment> = {}): Assessment => ({
  type: 'AssessInitiative',
  initiativeId: 'SK-1',
  recognised: true,
  scope: 'UNIT',
  decidedOn: '2026-03-02',
  ...over,
});
const filed = (): InitiativeState => {
  const r = decideInitiative(null, filing(), office);
  if (isRefusal(r)) throw new Error(r.messageEn);
  return r.reduce<InitiativeState | null>(evolveInitiative, null)!;
};
const refusalOf = (state: InitiativeState | null, c: InitiativeCommand, ctx = office) => {
  const r = decideInitiative(state, c, ctx);
  if (!isRefusal(r)) throw new Error('recorded');
  return { code: r.code, field: r.field, vi: r.messageVi, en: r.messageEn };
};

describe('the refusals of a filing', () => {
  it.each([
    ['no title', filing({ title: '  ' }), 'title', 'Cần nhập tên sáng kiến.', 'The title is required.'],
    ['no author', filing({ authors: [] }), 'authors', 'Cần nhập ít nhất một tác giả.', 'The author is required.'],
    [
      "an author's name missing",
      filing({
        authors: [
          { key: 'K1', name: 'A' },
          { key: 'K2', name: ' ' },
        ],
      }),
      'authors[1].name',
      'Cần nhập họ tên tác giả.',
      "The author's name is required.",
    ],
    [
      "an author's identifier missing",
      filing({
        authors: [
          { key: 'K1', name: 'A' },
          { key: '', name: 'B' },
        ],
      }),
      'authors[1].key',
      'Cần nhập mã định danh tác giả.',
      "The author's identifier is required.",
    ],
  ])('asks for what is missing: %s', (_what, c, field, vi, en) => {
    expect(refusalOf(null, c)).toEqual({ code: 'INITIATIVE_FIELD_REQUIRED', field, vi, en });
  });

  it('names the author listed twice, the unit, the year and the initiative in its refusals', () => {
    const twice = filing({
      authors: [
        { key: 'K1', name: 'A' },
        { key: ' K1 ', name: 'B' },
      ],
    });
    expect(refusalOf(null, twice)).toEqual({
      code: 'INITIATIVE_AUTHOR_TWICE',
      field: 'authors',
      vi: 'Tác giả có mã định danh "K1" được kê hai lần.',
      en: 'The author with identifier "K1" is listed twice.',
    });
    const officer: InitiativeContext = { ...office, actor: { userId: 'cb', role: 'UNIT_OFFICER', unitId: 'KHAC' } };
    expect(refusalOf(null, filing(), officer)).toEqual({
      code: 'INITIATIVE_NOT_OWN_UNIT',
      field: 'unitId',
      vi: 'Cán bộ đơn vị chỉ đăng ký sáng kiến của đơn vị mình, không phải của "SO-GD".',
      en: 'A unit officer files initiatives of their own unit only, not of "SO-GD".',
    });
    expect(refusalOf(null, filing(), { ...office, unitKnown: false })).toEqual({
      code: 'INITIATIVE_UNIT_UNKNOWN',
      field: 'unitId',
      vi: 'Không có đơn vị "SO-GD" đang hoạt động trong danh mục.',
      en: 'No active unit "SO-GD" in the directory.',
    });
    expect(refusalOf(null, filing({ year: 2027 }))).toEqual({
      code: 'INITIATIVE_DATE_INVALID',
      field: 'year',
      vi: 'Năm 2027 chưa đến (hôm nay là 20/11/2026).',
      en: 'The year 2027 has not come yet (today is 20/11/2026).',
    });
    expect(refusalOf(filed(), filing())).toEqual({
      code: 'INITIATIVE_EXISTS',
      field: 'initiativeId',
      vi: 'Sáng kiến "SK-1" đã được đăng ký.',
      en: 'Initiative "SK-1" is filed already.',
    });
  });

  it("takes this year's initiative, and keeps a summary and an author's account only when given, trimmed", () => {
    const r = decideInitiative(
      null,
      filing({
        year: 2026,
        summary: '  Tóm tắt ',
        authors: [
          { key: ' K1 ', name: ' A ', userId: ' gv-a ' },
          { key: 'K2', name: 'B', userId: ' ' },
        ],
      }),
      office,
    );
    expect(r).toMatchObject([
      {
        data: {
          year: 2026,
          summary: 'Tóm tắt',
          authors: [
            { key: 'K1', name: 'A', userId: 'gv-a' },
            { key: 'K2', name: 'B' },
          ],
        },
      },
    ]);
    const data = (r as unknown as [{ data: { authors: object[] } }])[0].data;
    expect(data.authors[1]).not.toHaveProperty('userId');
    expect(decideInitiative(null, filing({ summary: ' ' }), office)).toMatchObject([
      { data: expect.not.objectContaining({ summary: expect.anything() }) },
    ]);
  });
});

describe('the refusals of an assessment', () => {
  it('asks for the scope of a recognition and the reason of a refusal', () => {
    expect(refusalOf(filed(), assess({ scope: undefined }))).toEqual({
      code: 'INITIATIVE_FIELD_REQUIRED',
      field: 'scope',
      vi: 'Cần nhập phạm vi ảnh hưởng của sáng kiến được công nhận.',
      en: 'The scope of effect is required.',
    });
    expect(refusalOf(filed(), assess({ recognised: false, scope: undefined, reason: ' ' }))).toEqual({
      code: 'INITIATIVE_FIELD_REQUIRED',
      field: 'reason',
      vi: 'Cần nhập lý do không công nhận.',
      en: 'The reason for not recognising it is required.',
    });
  });

  it('refuses a date after today or before the initiative year, and takes both bounds', () => {
    expect(refusalOf(filed(), assess({ decidedOn: '2026-11-21' }))).toEqual({
      code: 'INITIATIVE_DATE_INVALID',
      field: 'decidedOn',
      vi: 'Ngày công nhận 21/11/2026 chưa đến (hôm nay là 20/11/2026).',
      en: 'The recognition date 21/11/2026 is in the future (today is 20/11/2026).',
    });
    expect(refusalOf(filed(), assess({ decidedOn: '2024-12-31' }))).toEqual({
      code: 'INITIATIVE_DATE_INVALID',
      field: 'decidedOn',
      vi: 'Ngày công nhận 31/12/2024 trước năm của sáng kiến (2025).',
      en: "The recognition date 31/12/2024 is before the initiative's year (2025).",
    });
    expect(decideInitiative(filed(), assess({ decidedOn: today }), office)).toMatchObject([
      { type: 'InitiativeAssessed' },
    ]);
    expect(decideInitiative(filed(), assess({ decidedOn: '2025-01-01' }), office)).toMatchObject([
      { type: 'InitiativeAssessed' },
    ]);
  });

  it('says when and how an initiative was assessed before, and who may not assess it', () => {
    const once = (recognised: boolean) => {
      const c = recognised ? assess() : assess({ recognised: false, scope: undefined, reason: 'Chưa hiệu quả' });
      const r = decideInitiative(filed(), c, office);
      if (isRefusal(r)) throw new Error(r.messageEn);
      return r.reduce<InitiativeState | null>(evolveInitiative, filed())!;
    };
    expect(refusalOf(once(true), assess())).toMatchObject({
      code: 'INITIATIVE_ALREADY_ASSESSED',
      vi: 'Sáng kiến đã được Hội đồng sáng kiến đánh giá ngày 02/03/2026 (được công nhận); không đánh giá lần hai.',
      en: 'The initiative council assessed it on 02/03/2026 (recognised); it is not assessed twice.',
    });
    expect(refusalOf(once(false), assess())).toMatchObject({
      vi: 'Sáng kiến đã được Hội đồng sáng kiến đánh giá ngày 02/03/2026 (không được công nhận); không đánh giá lần hai.',
      en: 'The initiative council assessed it on 02/03/2026 (not recognised); it is not assessed twice.',
    });
    const author: InitiativeContext = { ...office, actor: { userId: 'gv-lan', role: 'TDKT_OFFICE' } };
    expect(refusalOf(filed(), assess(), author)).toMatchObject({
      code: 'ASSESSOR_IS_AUTHOR',
      vi: 'Người là tác giả không được đánh giá sáng kiến của chính mình.',
      en: 'An author may not assess their own initiative.',
    });
    expect(refusalOf(null, assess())).toEqual({
      code: 'INITIATIVE_NOT_FOUND',
      field: 'initiativeId',
      vi: 'Không có sáng kiến "SK-1" trong sổ sáng kiến.',
      en: 'No initiative "SK-1" in the registry.',
    });
  });

  it('records a decision number only when given, trimmed', () => {
    expect(decideInitiative(filed(), assess({ decisionNumber: ' 15/QĐ-HĐSK ' }), office)).toMatchObject([
      { data: { decisionNumber: '15/QĐ-HĐSK' } },
    ]);
    expect(decideInitiative(filed(), assess({ decisionNumber: ' ' }), office)).toMatchObject([
      { data: expect.not.objectContaining({ decisionNumber: expect.anything() }) },
    ]);
  });
});

describe('initiative streams', () => {
  it('are named initiative-<id>, and only such names are read back', () => {
    expect(initiativeStreamId('SK-1')).toBe('initiative-SK-1');
    expect(parseInitiativeStreamId('initiative-SK-1')).toBe('SK-1');
    expect(parseInitiativeStreamId('initiative-')).toBeUndefined();
    expect(parseInitiativeStreamId('nomination-SK-1')).toBeUndefined();
    expect(parseInitiativeStreamId('SK-1-initiative-')).toBeUndefined();
  });
});
