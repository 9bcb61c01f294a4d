import type { Refusal } from '../refusal';
import { refuseCampaign as r } from './campaign.refusals';

// What a unit officer reads when a campaign's window or a registration is refused: the code, the field it is about,
// and both messages naming what was wrong (dates as dd/MM/yyyy).

const name = { vi: 'Ngày bắt đầu đánh giá', en: 'evaluation start' };
const before = { vi: 'Ngày kết thúc đăng ký', en: 'registration end' };

describe('the refusals of campaigns and registrations', () => {
  it.each<[string, Refusal, string, string, string[], string[]]>([
    [
      'a window date that is not a date',
      r.invalidWindowDate('registrationOpensOn', 'Ngày mở đăng ký', 'registration opening'),
      'CAMPAIGN_WINDOW_INVALID',
      'registrationOpensOn',
      ['Ngày mở đăng ký không phải một ngày hợp lệ (dd/MM/yyyy).'],
      ['The registration opening is not a valid date.'],
    ],
    [
      'a window without its end',
      r.windowIncomplete('evaluationOpensOn', name),
      'CAMPAIGN_WINDOW_INVALID',
      'evaluationOpensOn',
      ['Cần nhập ngày bắt đầu đánh giá:', 'đánh giá sau đăng ký'],
      ['The evaluation start is required:', 'evaluation follows registration'],
    ],
    [
      'windows out of order',
      r.windowsOutOfOrder('evaluationOpensOn', name, before, '2026-11-30', '2026-11-15'),
      'CAMPAIGN_WINDOW_INVALID',
      'evaluationOpensOn',
      ['Ngày bắt đầu đánh giá (15/11/2026) phải sau ngày kết thúc đăng ký (30/11/2026).'],
      ['The evaluation start (15/11/2026) must come after the registration end (30/11/2026).'],
    ],
    [
      'a missing field',
      r.required('reason', 'lý do rút đăng ký', 'reason for the withdrawal'),
      'REGISTRATION_FIELD_REQUIRED',
      'reason',
      ['Cần nhập lý do rút đăng ký.'],
      ['The reason for the withdrawal is required.'],
    ],
    [
      'an unknown campaign',
      r.campaignUnknown('TK-2030'),
      'REGISTRATION_NOT_OFFERED',
      'campaignId',
      ['"TK-2030"'],
      ['No campaign "TK-2030" in the directory.'],
    ],
    [
      'a campaign without registrations',
      r.noRegistration('Tổng kết 2026'),
      'REGISTRATION_NOT_OFFERED',
      'campaignId',
      ['«Tổng kết 2026» không tổ chức đăng ký'],
      ['The campaign "Tổng kết 2026" takes no registrations.'],
    ],
    [
      'a closed campaign',
      r.campaignClosed('Tổng kết 2026'),
      'REGISTRATION_CAMPAIGN_CLOSED',
      'campaignId',
      ['Đợt thi đua «Tổng kết 2026» đã kết thúc.'],
      ['The campaign "Tổng kết 2026" is closed.'],
    ],
    [
      'registration not open yet',
      r.registrationNotOpen('2026-02-01', '2026-03-31', '2026-01-15'),
      'REGISTRATION_NOT_OPEN',
      'campaignId',
      ['Chưa đến thời hạn đăng ký thi đua', 'từ 01/02/2026 đến hết ngày 31/03/2026, hôm nay là 15/01/2026'],
      ['Registration has not opened', 'from 01/02/2026 to 31/03/2026; today is 15/01/2026'],
    ],
    [
      'registration closed',
      r.registrationNotOpen('2026-02-01', '2026-03-31', '2026-04-01'),
      'REGISTRATION_NOT_OPEN',
      'campaignId',
      ['Đã quá hạn đăng ký thi đua', 'hôm nay là 01/04/2026'],
      ['The registration deadline has passed', 'today is 01/04/2026'],
    ],
    [
      'an award the campaign does not offer',
      r.awardNotInCampaign('CSTD_TQ', ['LDTT', 'CSTD_CS']),
      'REGISTRATION_AWARD_NOT_IN_CAMPAIGN',
      'awardCode',
      ['"CSTD_TQ"', 'LDTT, CSTD_CS'],
      ['The campaign does not offer "CSTD_TQ"; it offers: LDTT, CSTD_CS.'],
    ],
    [
      "a collective's title for a person",
      r.subjectMismatch('TTLDXS', 'INDIVIDUAL'),
      'REGISTRATION_SUBJECT_MISMATCH',
      'nominee.subject',
      ['Danh hiệu "TTLDXS" dành cho tập thể, không đăng ký cho cá nhân.'],
      ['"TTLDXS" is given to collectives, not to a person.'],
    ],
    [
      "a person's title for a collective",
      r.subjectMismatch('CSTD_CS', 'COLLECTIVE'),
      'REGISTRATION_SUBJECT_MISMATCH',
      'nominee.subject',
      ['Danh hiệu "CSTD_CS" dành cho cá nhân, không đăng ký cho tập thể.'],
      ['"CSTD_CS" is given to persons, not to a collective.'],
    ],
    [
      'another unit',
      r.notOwnUnit('PHUONG-2'),
      'REGISTRATION_NOT_OWN_UNIT',
      'unitId',
      ['không phải cho "PHUONG-2"'],
      ['A unit officer registers their own unit and its people only, not "PHUONG-2".'],
    ],
    [
      'a unit outside the campaign',
      r.unitNotInCampaign('PHUONG-2', 'Tổng kết 2026'),
      'REGISTRATION_UNIT_NOT_IN_CAMPAIGN',
      'unitId',
      ['Đơn vị "PHUONG-2"', '«Tổng kết 2026»'],
      ['Unit "PHUONG-2" is not an active unit within the campaign "Tổng kết 2026".'],
    ],
    [
      'a registration twice',
      r.duplicate('LDTT', 'Nguyễn Văn An', '2026-02-10'),
      'REGISTRATION_DUPLICATE',
      'nominee',
      ['«Nguyễn Văn An» đã được đăng ký danh hiệu "LDTT"', '(ngày 10/02/2026)'],
      ['"Nguyễn Văn An" is already registered for "LDTT" in this campaign (on 10/02/2026).'],
    ],
    [
      'an unknown registration',
      r.notFound('DK-9'),
      'REGISTRATION_NOT_FOUND',
      'registrationId',
      ['"DK-9"'],
      ['No registration "DK-9" of the unit in this campaign.'],
    ],
    [
      'a registration already withdrawn',
      r.alreadyWithdrawn('2026-03-01'),
      'REGISTRATION_ALREADY_WITHDRAWN',
      'registrationId',
      ['Đăng ký này đã được rút ngày 01/03/2026.'],
      ['This registration was withdrawn on 01/03/2026.'],
    ],
    [
      'a nomination without its registration',
      r.registrationRequired({ vi: 'Lao động tiên tiến', en: 'Advanced Worker' }, 'TK-2026'),
      'REGISTRATION_REQUIRED',
      'nominee',
      ['«Lao động tiên tiến»', '"TK-2026"'],
      ['Not registered: "Advanced Worker"', 'in the campaign "TK-2026"'],
    ],
  ])('%s', (_what, refusal, code, field, vi, en) => {
    expect(refusal).toMatchObject({ refused: true, code, field });
    for (const part of vi) expect(refusal.messageVi).toContain(part);
    for (const part of en) expect(refusal.messageEn).toContain(part);
  });
});
