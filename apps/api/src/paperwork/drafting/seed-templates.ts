import type { Block, Layout, Line, TemplateKind } from './layout';

/**
 * The seed templates, in the state format for administrative documents (Decree 30/2020/NĐ-CP, Appendix I):
 * the national emblem line (13 pt, capitals, bold) and the motto (14 pt, bold, a drawn rule as long as it)
 * at the top right, the agency and the number/symbol at the top left, place and date in italics under the
 * motto, the document's name in bold capitals, the body at 14 pt, the signer's position and name.
 */
const NATION: Line[] = [
  { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 13, align: 'center' },
  { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, size: 14, align: 'center', rule: 'full' },
];
const dated: Line = { text: '{placeDate}', italic: true, align: 'center' };

const head = (agency: string, number: string | null, withDate = true): Block => ({
  kind: 'columns',
  leftShare: 0.4,
  left: [
    { text: agency, bold: true, size: 13, align: 'center', rule: 'short' },
    ...(number ? [{ text: number, size: 13, align: 'center' as const }] : []),
  ],
  right: [...NATION, ...(withDate ? [dated] : [])],
});
const title = (...texts: string[]): Block[] =>
  texts.map((text, i) => ({ kind: 'line', line: { text, bold: true, align: 'center', size: i === 0 ? 14 : 14 } }));
const body = (text: string, extra: Partial<Line> = {}): Block => ({
  kind: 'line',
  line: { text, align: 'justify', indent: true, ...extra },
});
const space = (points: number): Block => ({ kind: 'space', points });
const signature = (left: Line[], position: string, name: string): Block => ({
  kind: 'columns',
  leftShare: 0.45,
  left,
  right: [
    { text: position, bold: true, align: 'center' },
    { text: '(Ký, ghi rõ họ tên, đóng dấu)', italic: true, size: 12, align: 'center' },
    { text: ' ', align: 'center' },
    { text: ' ', align: 'center' },
    { text: name, bold: true, align: 'center' },
  ],
});
const RECIPIENTS: Line[] = [
  { text: 'Nơi nhận:', bold: true, italic: true, size: 12 },
  { text: '- Như Điều 3;', size: 11 },
  { text: '- Lưu: VT, Ban TĐKT.', size: 11 },
];

const PROPOSAL: Layout = {
  kind: 'PROPOSAL',
  blocks: [
    head('{unitNameUpper}', 'Số:        /TTr-{unitId}'),
    space(12),
    ...title('TỜ TRÌNH', 'Về việc đề nghị tặng {awardName}'),
    space(6),
    { kind: 'line', line: { text: 'Kính gửi: {councilName}', align: 'center' } },
    space(6),
    body('Căn cứ {legalBasis};', { italic: true }),
    body('{unitName} đề nghị xét tặng {awardName} cho {nomineeName}, {nomineePosition}, trong {campaignName}.'),
    body('Tóm tắt thành tích: {achievementSummary}'),
    body('Hồ sơ gửi kèm: {documentList}.'),
    space(12),
    signature([], 'THỦ TRƯỞNG ĐƠN VỊ', ' '),
  ],
};

const MINUTES: Layout = {
  kind: 'MINUTES',
  blocks: [
    head('{councilNameUpper}', null),
    space(12),
    ...title('BIÊN BẢN', 'Họp {councilName} xét đề nghị tặng {awardName}'),
    space(6),
    body('Thời gian: {meetingDateWords}. Địa điểm: {place}.'),
    body('Thành phần: {membersTotal} thành viên Hội đồng; chủ trì: {chairName}.'),
    body('Nội dung: xét đề nghị tặng {awardName} cho {nomineeName}, {nomineePosition}, {unitName}.'),
    body('Ý kiến thẩm định của cơ quan thường trực: {appraisalOpinion}'),
    { kind: 'line', line: { text: 'Kết quả bỏ phiếu kín:', bold: true, indent: true } },
    body(
      '- Tổng số thành viên Hội đồng: {membersTotal}; không tham gia vì cùng đơn vị: {recused}; được bỏ phiếu: {eligible}.',
    ),
    body(
      '- Tham gia: {cast} (bỏ phiếu tại phiên họp {present}, ý kiến bằng văn bản {writtenOpinions}); vắng: {absent}.',
    ),
    body('- Đồng ý: {approve}/{denominator} ({approvePercent}%) trên {denominatorText}; không đồng ý: {disapprove}.'),
    body('- Ngưỡng: {thresholdText} {denominatorText}; túc số: {quorumText}.'),
    body('Kết luận: {resultText}', { bold: true }),
    space(12),
    signature(
      [
        { text: 'THƯ KÝ', bold: true, align: 'center' },
        { text: '(Ký, ghi rõ họ tên)', italic: true, size: 12, align: 'center' },
        { text: ' ', align: 'center' },
        { text: ' ', align: 'center' },
        { text: '{secretaryName}', bold: true, align: 'center' },
      ],
      'CHỦ TỊCH HỘI ĐỒNG',
      '{chairName}',
    ),
  ],
};

const decisionHead = (subject: string): Block[] => [
  head('{agencyNameUpper}', 'Số: {decisionNumber}'),
  space(12),
  ...title('QUYẾT ĐỊNH', subject),
  { kind: 'line', line: { text: '{signerTitleUpper}', bold: true, align: 'center' } },
  space(6),
  body('Căn cứ {legalBasis};', { italic: true }),
  body('Căn cứ Biên bản họp {councilName} {minutesDateWords};', { italic: true }),
  body('Xét đề nghị của {proposerText},', { italic: true }),
  { kind: 'line', line: { text: 'QUYẾT ĐỊNH:', bold: true, align: 'center' } },
];
const decisionTail = (article3: string): Block[] => [
  body('Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Mức thưởng thực hiện theo quy định của pháp luật.'),
  body(article3),
  space(12),
  signature(RECIPIENTS, '{signerTitleUpper}', '{signerName}'),
];

const DECISION: Layout = {
  kind: 'DECISION',
  blocks: [
    ...decisionHead('Về việc tặng {awardName}'),
    body(
      'Điều 1. Tặng {awardName} cho {nomineeName}, {nomineePosition}, {unitName}, đã có thành tích: {achievementSummary}',
    ),
    ...decisionTail(
      'Điều 3. Chánh Văn phòng, Thủ trưởng {unitName} và {nomineeName} chịu trách nhiệm thi hành Quyết định này.',
    ),
  ],
};

const DECISION_LIST: Layout = {
  kind: 'DECISION_LIST',
  blocks: [
    ...decisionHead('Về việc tặng {awardName}'),
    body(
      'Điều 1. Tặng {awardName} cho {awardeeCount} cá nhân, tập thể có tên trong danh sách kèm theo Quyết định này.',
    ),
    ...decisionTail(
      'Điều 3. Chánh Văn phòng, Thủ trưởng các đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ),
    space(18),
    ...title('DANH SÁCH ĐƯỢC TẶNG {awardNameUpper}'),
    {
      kind: 'line',
      line: { text: '(Kèm theo Quyết định số {decisionNumber} {decisionDateWords})', italic: true, align: 'center' },
    },
    space(6),
    {
      kind: 'table',
      loop: 'awardees',
      columns: [
        { title: 'STT', width: 0.08, field: 'stt', align: 'center' },
        { title: 'Họ và tên', width: 0.3, field: 'name' },
        { title: 'Chức vụ', width: 0.27, field: 'position' },
        { title: 'Đơn vị', width: 0.35, field: 'unitName' },
      ],
    },
  ],
};

const CERTIFICATE: Layout = {
  kind: 'CERTIFICATE',
  landscape: true,
  blocks: [
    { kind: 'line', line: { ...NATION[0] } },
    { kind: 'line', line: { ...NATION[1] } },
    space(18),
    { kind: 'line', line: { text: '{signerTitleUpper}', bold: true, size: 16, align: 'center' } },
    { kind: 'line', line: { text: 'TẶNG', bold: true, size: 16, align: 'center' } },
    space(6),
    { kind: 'line', line: { text: '{awardNameUpper}', bold: true, size: 30, align: 'center' } },
    space(6),
    { kind: 'line', line: { text: '{nomineeName}', bold: true, size: 22, align: 'center' } },
    { kind: 'line', line: { text: '{nomineePosition}, {unitName}', size: 16, align: 'center' } },
    {
      kind: 'line',
      line: { text: 'Đã có thành tích xuất sắc trong {campaignName}', italic: true, size: 16, align: 'center' },
    },
    space(24),
    {
      kind: 'columns',
      leftShare: 0.5,
      left: [
        { text: 'Quyết định số {decisionNumber}', size: 13, align: 'center' },
        { text: '{decisionDateWords}', size: 13, align: 'center' },
        { text: 'Mã xác minh: {verificationCode}', size: 12, align: 'center' },
      ],
      right: [
        { text: '{placeDate}', italic: true, size: 13, align: 'center' },
        { text: '{signerTitleUpper}', bold: true, size: 13, align: 'center' },
        { text: ' ', align: 'center' },
        { text: ' ', align: 'center' },
        { text: '{signerName}', bold: true, size: 14, align: 'center' },
      ],
    },
  ],
};

export const SEED_LAYOUTS: Record<TemplateKind, Layout> = { PROPOSAL, MINUTES, DECISION, DECISION_LIST, CERTIFICATE };
