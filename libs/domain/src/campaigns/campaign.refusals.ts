import { formatCivilDateVi, type CivilDate } from '../calendar/civil-date';
import { refusal, type Refusal } from '../refusal';

const vi = formatCivilDateVi;
interface Name {
  vi: string;
  en: string;
}

/** A window date that cannot be: the one builder of CAMPAIGN_WINDOW_INVALID. */
const badWindow = (field: string, messageVi: string, messageEn: string): Refusal =>
  refusal('CAMPAIGN_WINDOW_INVALID', messageVi, messageEn, { field });
/** A campaign that takes no registrations: the one builder of REGISTRATION_NOT_OFFERED. */
const notOffered = (messageVi: string, messageEn: string): Refusal =>
  refusal('REGISTRATION_NOT_OFFERED', messageVi, messageEn, { field: 'campaignId' });

/** The campaign lifecycle's and registration's refusals: Vietnamese first, English second, the field they are about. */
export const refuseCampaign = {
  invalidWindowDate: (field: string, whatVi: string, whatEn: string): Refusal =>
    badWindow(field, `${whatVi} không phải một ngày hợp lệ (dd/MM/yyyy).`, `The ${whatEn} is not a valid date.`),
  windowIncomplete: (field: string, what: Name): Refusal =>
    badWindow(
      field,
      `Cần nhập ${what.vi.toLocaleLowerCase('vi')}: mỗi thời hạn có ngày bắt đầu và ngày kết thúc, đánh giá sau đăng ký.`,
      `The ${what.en} is required: each window has a start and an end, and evaluation follows registration.`,
    ),
  windowsOutOfOrder: (field: string, what: Name, before: Name, a: CivilDate, b: CivilDate): Refusal =>
    badWindow(
      field,
      `${what.vi} (${vi(b)}) phải sau ${before.vi.toLocaleLowerCase('vi')} (${vi(a)}).`,
      `The ${what.en} (${vi(b)}) must come after the ${before.en} (${vi(a)}).`,
    ),
  required: (field: string, whatVi: string, whatEn: string): Refusal =>
    refusal('REGISTRATION_FIELD_REQUIRED', `Cần nhập ${whatVi}.`, `The ${whatEn} is required.`, { field }),
  campaignUnknown: (campaignId: string): Refusal =>
    notOffered(`Không có đợt thi đua "${campaignId}" trong danh mục.`, `No campaign "${campaignId}" in the directory.`),
  noRegistration: (name: string): Refusal =>
    notOffered(
      `Đợt thi đua «${name}» không tổ chức đăng ký thi đua.`,
      `The campaign "${name}" takes no registrations.`,
    ),
  campaignClosed: (name: string): Refusal =>
    refusal('REGISTRATION_CAMPAIGN_CLOSED', `Đợt thi đua «${name}» đã kết thúc.`, `The campaign "${name}" is closed.`, {
      field: 'campaignId',
    }),
  registrationNotOpen: (opens: CivilDate, closes: CivilDate, on: CivilDate): Refusal =>
    refusal(
      'REGISTRATION_NOT_OPEN',
      on > closes
        ? `Đã quá hạn đăng ký thi đua: đợt thi đua nhận đăng ký từ ${vi(opens)} đến hết ngày ${vi(closes)}, hôm nay là ${vi(on)}.`
        : `Chưa đến thời hạn đăng ký thi đua: đợt thi đua nhận đăng ký từ ${vi(opens)} đến hết ngày ${vi(closes)}, hôm nay là ${vi(on)}.`,
      on > closes
        ? `The registration deadline has passed: the campaign took registrations from ${vi(opens)} to ${vi(closes)}; today is ${vi(on)}.`
        : `Registration has not opened: the campaign takes registrations from ${vi(opens)} to ${vi(closes)}; today is ${vi(on)}.`,
      { field: 'campaignId' },
    ),
  awardNotInCampaign: (awardCode: string, offered: string[]): Refusal =>
    refusal(
      'REGISTRATION_AWARD_NOT_IN_CAMPAIGN',
      `Đợt thi đua không xét danh hiệu "${awardCode}"; các danh hiệu, hình thức của đợt: ${offered.join(', ')}.`,
      `The campaign does not offer "${awardCode}"; it offers: ${offered.join(', ')}.`,
      { field: 'awardCode' },
    ),
  subjectMismatch: (awardCode: string, subject: string): Refusal =>
    refusal(
      'REGISTRATION_SUBJECT_MISMATCH',
      subject === 'INDIVIDUAL'
        ? `Danh hiệu "${awardCode}" dành cho tập thể, không đăng ký cho cá nhân.`
        : `Danh hiệu "${awardCode}" dành cho cá nhân, không đăng ký cho tập thể.`,
      subject === 'INDIVIDUAL'
        ? `"${awardCode}" is given to collectives, not to a person.`
        : `"${awardCode}" is given to persons, not to a collective.`,
      { field: 'nominee.subject' },
    ),
  notOwnUnit: (unitId: string): Refusal =>
    refusal(
      'REGISTRATION_NOT_OWN_UNIT',
      `Cán bộ đơn vị chỉ đăng ký thi đua cho đơn vị mình và người của đơn vị mình, không phải cho "${unitId}".`,
      `A unit officer registers their own unit and its people only, not "${unitId}".`,
      { field: 'unitId' },
    ),
  unitNotInCampaign: (unitId: string, campaignName: string): Refusal =>
    refusal(
      'REGISTRATION_UNIT_NOT_IN_CAMPAIGN',
      `Đơn vị "${unitId}" không đang hoạt động trong phạm vi của đợt thi đua «${campaignName}».`,
      `Unit "${unitId}" is not an active unit within the campaign "${campaignName}".`,
      { field: 'unitId' },
    ),
  duplicate: (awardCode: string, name: string, on: CivilDate): Refusal =>
    refusal(
      'REGISTRATION_DUPLICATE',
      `«${name}» đã được đăng ký danh hiệu "${awardCode}" trong đợt thi đua này (ngày ${vi(on)}).`,
      `"${name}" is already registered for "${awardCode}" in this campaign (on ${vi(on)}).`,
      { field: 'nominee' },
    ),
  notFound: (registrationId: string): Refusal =>
    refusal(
      'REGISTRATION_NOT_FOUND',
      `Không có đăng ký thi đua "${registrationId}" của đơn vị trong đợt này.`,
      `No registration "${registrationId}" of the unit in this campaign.`,
      { field: 'registrationId' },
    ),
  alreadyWithdrawn: (on: CivilDate): Refusal =>
    refusal(
      'REGISTRATION_ALREADY_WITHDRAWN',
      `Đăng ký này đã được rút ngày ${vi(on)}.`,
      `This registration was withdrawn on ${vi(on)}.`,
      { field: 'registrationId' },
    ),
  /** Filing a title the rule set wants registered first, without a registration in the nomination's campaign. */
  registrationRequired: (award: Name, campaignId: string): Refusal =>
    refusal(
      'REGISTRATION_REQUIRED',
      `Chưa đăng ký thi đua: «${award.vi}» chỉ được đề nghị khi người/tập thể được đề nghị đã đăng ký danh hiệu này trong đợt thi đua "${campaignId}" trước hạn chót đăng ký.`,
      `Not registered: "${award.en}" may be proposed only for a nominee registered for it in the campaign "${campaignId}" before the registration deadline.`,
      { field: 'nominee' },
    ),
};
