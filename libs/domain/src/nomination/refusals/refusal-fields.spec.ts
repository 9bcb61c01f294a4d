import type { Refusal } from '../../refusal';
import { refuse } from '../nomination.refusals';
import { RULES } from './basis';

/**
 * What each refusal points the official to: the field to correct (the page marks it), or the article of the
 * law or decree it applies (the message cites it). A refusal without one leaves the official guessing.
 */
describe('the field or the legal basis of each refusal', () => {
  it.each<[string, () => Refusal, string]>([
    ['no such open task', () => refuse.taskNotFound(), 'taskId'],
    ['a task claimed already', () => refuse.taskClaimed('Lê Văn B'), 'taskId'],
    ['a task not held', () => refuse.taskNotClaimed(), 'taskId'],
    ['a task held by another', () => refuse.taskClaimedByOther('Lê Văn B'), 'taskId'],
    ['a task of another group', () => refuse.notInGroup(), 'taskId'],
    ['an extension out of bounds', () => refuse.invalidExtension(), 'extraWorkingDays'],
    ['no such objection', () => refuse.objectionNotFound(), 'objectionId'],
    ['an objection resolved already', () => refuse.objectionResolved(), 'objectionId'],
    ['a decision number taken', () => refuse.decisionNumberTaken('12/QĐ-UBND', 2026), 'decisionNumber'],
    ['a rejection reason that is not one', () => refuse.unknownReason(), 'reasonCode'],
    ['missing documents', () => refuse.missingDocuments(['TO_TRINH']), 'documents'],
    ['a dossier too large', () => refuse.dossierTooLarge(120 * 1048576, 100 * 1048576), 'documents'],
  ])('%s: the field to correct', (_what, make, field) => {
    expect(make().field).toBe(field);
  });

  it.each<[string, () => Refusal, keyof typeof RULES]>([
    ['the disclosure not open', () => refuse.disclosureNotOpen(), 'disclosure'],
    ['the disclosure not ended', () => refuse.disclosureNotEnded('2026-03-04T00:00:00.000+07:00'), 'disclosure'],
    ['an objection unresolved', () => refuse.objectionUnresolved(2), 'disclosure'],
    ['not the authority', () => refuse.notTheAuthority(), 'competence'],
    ['to be forwarded', () => refuse.mustForward('BK_TINH', 'DEPARTMENT'), 'competence'],
    ['no level above', () => refuse.noHigherLevel('HCLD'), 'competence'],
    ['an officer of another unit', () => refuse.notOwnUnit(), 'competence'],
    ['missing documents, standard procedure', () => refuse.missingDocuments(['TO_TRINH']), 'dossier'],
  ])('%s: the article it applies', (_what, make, basis) => {
    expect(make().rule).toEqual(RULES[basis]);
  });

  it('names missing documents by their type in each language, and by their code where the type is unknown', () => {
    const names = { TO_TRINH: { nameVi: 'Tờ trình đề nghị khen thưởng', nameEn: 'Proposal' } };
    const r = refuse.missingDocuments(['TO_TRINH', 'KHAC'], RULES.simplified, names);
    expect([r.messageVi, r.messageEn, r.rule]).toEqual([
      'Hồ sơ còn thiếu tài liệu bắt buộc: Tờ trình đề nghị khen thưởng; KHAC.',
      'The dossier lacks required documents: Proposal; KHAC.',
      RULES.simplified,
    ]);
  });
});
