import { createHash } from 'node:crypto';
import { votedAndClosed, ballotOpen } from '@khen/domain/nomination/testing/fixtures';
import { freezeRules, SEED_RULE_SET, type NominationState } from '@khen/domain';
import {
  certificateCode,
  dateInWords,
  decisionModel,
  docxPlaceholders,
  docxText,
  fillDocx,
  layoutPlaceholders,
  layoutToDocx,
  minutesModel,
  renderCertificates,
  renderPdf,
  SEED_LAYOUTS,
  certificateModel,
  type CaseFacts,
  type DirectoryFacts,
} from './index';
import { flat, pdfFacts, pdfText } from '../../../../../test/support/pdf-text';

const DIR: DirectoryFacts = {
  place: 'Hà Nội',
  unitName: (id) => ({ 'SO-GD': 'Sở Giáo dục và Đào tạo', UBND: 'UBND Thành phố Hà Nội' })[id] ?? id,
  campaignName: () => 'Tổng kết phong trào thi đua năm 2026',
  council: {
    name: 'Hội đồng Thi đua – Khen thưởng Thành phố',
    authorityName: 'Chủ tịch UBND Thành phố',
    members: [{ memberId: 'm1', name: 'Phạm Quốc Hùng', chair: true }],
  },
};

const closedCase = (name: string): NominationState => {
  const s = votedAndClosed(
    ballotOpen({ nominee: { key: name, name, subject: 'INDIVIDUAL', unitId: 'SO-GD', position: 'Giáo viên' } }),
    ['APPROVE', 'APPROVE', 'DISAPPROVE'],
  );
  return { ...s, rules: s.rules ?? freezeRules(SEED_RULE_SET, 'LDTT', 'CONG_TRANG') };
};
const facts = (state: NominationState): CaseFacts => ({ state, ballotClosedAt: '2026-02-10T03:00:00.000Z' });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('drafting from the case', () => {
  it('writes dates as Decree 30/2020/NĐ-CP does: a zero before days under 10 and the months 1 and 2', () => {
    expect(dateInWords('2026-11-20')).toBe('ngày 20 tháng 11 năm 2026');
    expect(dateInWords('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(dateInWords('2026-07-05')).toBe('ngày 05 tháng 7 năm 2026');
  });

  it('drafts the minutes with the recorded tally, its denominator and threshold, in the DOCX and the PDF alike', async () => {
    const state = closedCase('Nguyễn Thị Lan');
    const t = state.tally!;
    const model = minutesModel(facts(state), DIR);
    const docx = fillDocx(layoutToDocx(SEED_LAYOUTS.MINUTES), model);
    const pdf = await renderPdf(SEED_LAYOUTS.MINUTES, model, 'Biên bản');
    const expected = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 10 tháng 02 năm 2026',
      'BIÊN BẢN',
      `Đồng ý: ${t.approve}/${t.denominator}`,
      `không đồng ý: ${t.disapprove}`,
      `Tổng số thành viên Hội đồng: ${t.members}; không tham gia vì cùng đơn vị: ${t.recused}; được bỏ phiếu: ${t.eligible}.`,
      `Ngưỡng: ${t.comparison === 'AT_LEAST' ? 'từ' : 'trên'} ${t.threshold}%`,
      'Nguyễn Thị Lan, Giáo viên, Sở Giáo dục và Đào tạo',
      'Phạm Quốc Hùng',
    ];
    for (const text of [flat(docxText(docx)), flat(pdfText(pdf))]) for (const e of expected) expect(text).toContain(e);
    expect(flat(pdfText(pdf))).toContain(state.tally!.passed ? 'Kết luận: đạt' : 'Kết luận: không đạt');
    const info = pdfFacts(pdf);
    expect(info.fonts.length).toBeGreaterThan(0);
    expect(info.fonts.every((f) => f.embedded)).toBe(true);
  });

  it('is the same bytes for the same case: the hash names the draft', async () => {
    const model = minutesModel(facts(closedCase('Trần Văn Bình')), DIR);
    const docx = () => fillDocx(layoutToDocx(SEED_LAYOUTS.MINUTES), model);
    expect(sha(docx())).toBe(sha(docx()));
    const pdf = () => renderPdf(SEED_LAYOUTS.MINUTES, model, 'Biên bản');
    expect(sha(await pdf())).toBe(sha(await pdf()));
  });

  it('lays a list decision of 230 awardees out as one table across pages, every row once and in order', async () => {
    const cases = Array.from({ length: 230 }, (_, i) => facts(closedCase(`Người Được Khen Số ${i + 1}`)));
    const model = decisionModel(cases, { decisionNumber: '125/QĐ-UBND', decisionDate: '2026-11-20' }, () => DIR);
    const pdf = await renderPdf(SEED_LAYOUTS.DECISION_LIST, model, 'Quyết định');
    const text = flat(pdfText(pdf));
    expect(text).toContain('Số: 125/QĐ-UBND');
    expect(text).toContain('Hà Nội, ngày 20 tháng 11 năm 2026');
    expect(text).toContain(`Điều 1. Tặng ${cases[0].state.rules!.award.nameVi} cho 230 cá nhân, tập thể`);
    const pages = pdfFacts(pdf).pages;
    expect(pages).toBeGreaterThan(5);
    // The header row repeats on every page the table runs over.
    expect(text.split('Họ và tên').length - 1).toBeGreaterThanOrEqual(pages - 1);
    let at = 0;
    for (let i = 1; i <= 230; i++) {
      const next = text.indexOf(`Người Được Khen Số ${i} `, at);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
    const docx = docxText(fillDocx(layoutToDocx(SEED_LAYOUTS.DECISION_LIST), model));
    expect(docx.match(/Người Được Khen Số \d+/g)).toHaveLength(230);
  });

  it('prints one certificate a page, each with its awardee, the decision and its verification code', async () => {
    const cases = ['Lê Thị Hoa', 'Đặng Quốc Việt'].map((n) => {
      const s = closedCase(n);
      return facts({
        ...s,
        decision: {
          decisionNumber: '125/QĐ-UBND',
          decisionDate: '2026-11-20',
          signerId: 'ct',
          signerName: 'Trần Sỹ Thanh',
          authorityId: 'UBND',
          level: 'PROVINCE',
          byHigherLevel: false,
        },
      });
    });
    const pdf = await renderCertificates(
      SEED_LAYOUTS.CERTIFICATE,
      cases.map((c, i) => ({
        model: certificateModel(c, DIR, certificateCode(`id-${i}`)),
        verifyUrl: `https://x/${i}`,
      })),
      'Bằng khen',
    );
    expect(pdfFacts(pdf).pages).toBe(2);
    const pages = pdfText(pdf).split('\f').map(flat);
    expect(pages[0]).toContain('Lê Thị Hoa');
    expect(pages[0]).toContain(`Mã xác minh: ${certificateCode('id-0')}`);
    expect(pages[1]).toContain('Đặng Quốc Việt');
    expect(pages[1]).toContain('Quyết định số 125/QĐ-UBND');
    expect(pages[1]).toContain('Trần Sỹ Thanh');
  });

  it('names the placeholders of a DOCX template, loops included, and refuses a broken one', () => {
    for (const layout of Object.values(SEED_LAYOUTS))
      expect(docxPlaceholders(layoutToDocx(layout)).sort()).toEqual(layoutPlaceholders(layout).sort());
    expect(() => docxPlaceholders(Buffer.from('not a zip'))).toThrow(/not a ZIP/);
  });
});
