import { isCivilDate } from '../calendar/civil-date';
import { citesWithin } from './legal-basis';
import type { Prerequisite, RuleSet } from './rule-set';
import type { RuleReference } from '../refusal';

export interface RuleSetProblem {
  field: string;
  reasonVi: string;
  reasonEn: string;
}

const problem = (field: string, reasonVi: string, reasonEn: string): RuleSetProblem => ({ field, reasonVi, reasonEn });
const percent = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;
const positiveInt = (n: number) => Number.isInteger(n) && n > 0;

/**
 * Semantic checks of a rule document before it is published (its shape is checked at the edge):
 * every reference resolves, every number is in range, every procedure ends with the decision.
 */
export function checkRuleSet(rs: RuleSet): RuleSetProblem[] {
  const out: RuleSetProblem[] = [];
  if (!isCivilDate(rs.effectiveFrom))
    out.push(problem('effectiveFrom', 'ngày hiệu lực không hợp lệ (yyyy-MM-dd)', 'invalid date (yyyy-MM-dd)'));
  if (rs.effectiveTo !== undefined && (!isCivilDate(rs.effectiveTo) || rs.effectiveTo <= rs.effectiveFrom)) {
    out.push(problem('effectiveTo', 'ngày hết hiệu lực phải sau ngày có hiệu lực', 'must be after effectiveFrom'));
  }
  for (const [code, p] of Object.entries(rs.procedures)) {
    const f = `procedures.${code}`;
    if (p.code !== code) out.push(problem(`${f}.code`, 'mã quy trình không khớp khóa', 'code does not match its key'));
    if (p.steps[0] !== 'APPRAISAL')
      out.push(problem(`${f}.steps`, 'quy trình phải bắt đầu bằng thẩm định', 'must start with APPRAISAL'));
    if (p.steps[p.steps.length - 1] !== 'DECISION')
      out.push(problem(`${f}.steps`, 'quy trình phải kết thúc bằng quyết định', 'must end with DECISION'));
    if (new Set(p.steps).size !== p.steps.length)
      out.push(problem(`${f}.steps`, 'một bước xuất hiện hai lần', 'a step appears twice'));
  }
  for (const code of ['STANDARD', 'DISCLOSURE_FIRST', 'SIMPLIFIED'] as const) {
    if (!rs.procedures[code]) out.push(problem(`procedures.${code}`, 'thiếu quy trình', 'procedure missing'));
  }
  const docs = new Set(Object.keys(rs.documentTypes));
  const checkDocs = (field: string, codes: string[]) =>
    codes
      .filter((c) => !docs.has(c))
      .forEach((c) =>
        out.push(problem(field, `loại tài liệu ${c} chưa được khai báo`, `document type ${c} is not declared`)),
      );
  Object.entries(rs.documentsByKind).forEach(([kind, codes]) => checkDocs(`documentsByKind.${kind}`, codes));

  for (const [code, a] of Object.entries(rs.awards)) {
    const f = `awards.${code}`;
    if (a.code !== code) out.push(problem(`${f}.code`, 'mã danh hiệu không khớp khóa', 'code does not match its key'));
    if (!a.nameVi.trim() || !a.nameEn.trim()) out.push(problem(`${f}.nameVi`, 'thiếu tên danh hiệu', 'name missing'));
    if (a.subjects.length === 0)
      out.push(problem(`${f}.subjects`, 'phải có ít nhất một đối tượng', 'needs at least one subject'));
    if (a.decidingLevels.length === 0)
      out.push(problem(`${f}.decidingLevels`, 'phải có cấp quyết định', 'needs a deciding level'));
    if (a.allowedKinds.length === 0)
      out.push(problem(`${f}.allowedKinds`, 'phải có ít nhất một loại hình', 'needs at least one kind'));
    if (!rs.procedures[a.procedure])
      out.push(
        problem(`${f}.procedure`, `quy trình ${a.procedure} không tồn tại`, `procedure ${a.procedure} does not exist`),
      );
    if (!percent(a.ballot.percent) || !percent(a.ballot.quorumPercent))
      out.push(problem(`${f}.ballot`, 'tỷ lệ phải từ 0 đến 100', 'percentages must be 0–100'));
    if (!positiveInt(a.disclosure.workingDays))
      out.push(
        problem(
          `${f}.disclosure.workingDays`,
          'số ngày làm việc phải là số nguyên dương',
          'must be a positive whole number',
        ),
      );
    Object.entries(a.slaWorkingDays).forEach(([stage, n]) => {
      if (!positiveInt(n ?? 0))
        out.push(
          problem(
            `${f}.slaWorkingDays.${stage}`,
            'số ngày làm việc phải là số nguyên dương',
            'must be a positive whole number',
          ),
        );
    });
    Object.entries(a.requiredDocuments).forEach(([kind, codes]) =>
      checkDocs(`${f}.requiredDocuments.${kind}`, codes ?? []),
    );
    a.prerequisites.forEach((p, i) => checkPrerequisite(rs, p, `${f}.prerequisites.${i}`, out));
  }
  rs.quotas.forEach((q, i) => {
    const f = `quotas.${i}`;
    if (!rs.awards[q.awardCode])
      out.push(
        problem(
          `${f}.awardCode`,
          `danh hiệu ${q.awardCode} không có trong danh mục`,
          `award ${q.awardCode} not in the catalogue`,
        ),
      );
    if (q.limit.type === 'PERCENT_OF' && (!rs.awards[q.limit.awardCode] || !percent(q.limit.percent))) {
      out.push(problem(`${f}.limit`, 'tỷ lệ hoặc danh hiệu gốc không hợp lệ', 'invalid base award or percentage'));
    }
    if (q.limit.type === 'MAX' && !(Number.isInteger(q.limit.count) && q.limit.count >= 0))
      out.push(problem(`${f}.limit.count`, 'phải là số nguyên không âm', 'must be a whole number ≥ 0'));
  });
  checkCitations(rs, out);
  if (!(rs.sla.warningPercent > 0 && rs.sla.warningPercent < 100))
    out.push(problem('sla.warningPercent', 'phải lớn hơn 0 và nhỏ hơn 100', 'must be between 0 and 100'));
  if (rs.sla.escalationChain.length === 0)
    out.push(problem('sla.escalationChain', 'phải có ít nhất một cấp', 'needs at least one level'));
  if (!positiveInt(rs.sla.escalationWindowWorkingDays) || !positiveInt(rs.sla.ballotWorkingDays)) {
    out.push(problem('sla', 'số ngày làm việc phải là số nguyên dương', 'working days must be positive whole numbers'));
  }
  return out;
}

function checkPrerequisite(rs: RuleSet, p: Prerequisite, field: string, out: RuleSetProblem[]): void {
  if ((p.type === 'CHAIN' || p.type === 'AWARDS_WITHIN' || p.type === 'SAME_YEAR_AWARD') && !rs.awards[p.awardCode]) {
    out.push(
      problem(
        `${field}.awardCode`,
        `danh hiệu ${p.awardCode} không có trong danh mục`,
        `award ${p.awardCode} not in the catalogue`,
      ),
    );
  }
  if (
    (p.type === 'CHAIN' && !(positiveInt(p.count) && positiveInt(p.everyYears))) ||
    (p.type === 'AWARDS_WITHIN' && !(positiveInt(p.count) && positiveInt(p.withinYears))) ||
    (p.type === 'RATING' && !positiveInt(p.years))
  ) {
    out.push(
      problem(field, 'số lần/số năm phải là số nguyên dương', 'counts and years must be positive whole numbers'),
    );
  }
  if (p.type === 'ANY_OF') p.options.forEach((o, i) => checkPrerequisite(rs, o, `${field}.options.${i}`, out));
}

/**
 * Every citation names a text of the rule set's own legal basis: a case frozen on this rule set then cites
 * only the texts it rests on, never a superseded one (docs/domain.md §1).
 */
function checkCitations(rs: RuleSet, out: RuleSetProblem[]): void {
  const cite = (field: string, ref: RuleReference | undefined) => {
    if (ref && !citesWithin(ref, rs.legalBasis))
      out.push(
        problem(
          field,
          `văn bản «${ref.legalBasis}» không thuộc căn cứ pháp lý của bộ quy tắc (legalBasis)`,
          "cites a text outside the rule set's legal basis",
        ),
      );
  };
  Object.entries(rs.awards).forEach(([code, a]) => cite(`awards.${code}.legalBasis`, a.legalBasis));
  Object.entries(rs.procedures).forEach(([code, p]) => cite(`procedures.${code}.rule`, p.rule));
  rs.quotas.forEach((q, i) => cite(`quotas.${i}.rule`, q.rule));
}
