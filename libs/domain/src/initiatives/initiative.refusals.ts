import { formatCivilDateVi, type CivilDate } from '../calendar/civil-date';
import { refusal, type Refusal } from '../refusal';

const vi = formatCivilDateVi;

/** A year or date that cannot be: the one builder of INITIATIVE_DATE_INVALID. */
const badDate = (field: string, messageVi: string, messageEn: string): Refusal =>
  refusal('INITIATIVE_DATE_INVALID', messageVi, messageEn, { field });

/** The initiative registry's refusals: Vietnamese first, English second, the field they are about. */
export const refuseInitiative = {
  required: (field: string, whatVi: string, whatEn: string): Refusal =>
    refusal('INITIATIVE_FIELD_REQUIRED', `Cần nhập ${whatVi}.`, `The ${whatEn} is required.`, { field }),
  unitUnknown: (unitId: string): Refusal =>
    refusal(
      'INITIATIVE_UNIT_UNKNOWN',
      `Không có đơn vị "${unitId}" đang hoạt động trong danh mục.`,
      `No active unit "${unitId}" in the directory.`,
      { field: 'unitId' },
    ),
  notOwnUnit: (unitId: string): Refusal =>
    refusal(
      'INITIATIVE_NOT_OWN_UNIT',
      `Cán bộ đơn vị chỉ đăng ký sáng kiến của đơn vị mình, không phải của "${unitId}".`,
      `A unit officer files initiatives of their own unit only, not of "${unitId}".`,
      { field: 'unitId' },
    ),
  yearInFuture: (year: number, today: CivilDate): Refusal =>
    badDate(
      'year',
      `Năm ${year} chưa đến (hôm nay là ${vi(today)}).`,
      `The year ${year} has not come yet (today is ${vi(today)}).`,
    ),
  dateInFuture: (on: CivilDate, today: CivilDate): Refusal =>
    badDate(
      'decidedOn',
      `Ngày công nhận ${vi(on)} chưa đến (hôm nay là ${vi(today)}).`,
      `The recognition date ${vi(on)} is in the future (today is ${vi(today)}).`,
    ),
  dateBeforeYear: (on: CivilDate, year: number): Refusal =>
    badDate(
      'decidedOn',
      `Ngày công nhận ${vi(on)} trước năm của sáng kiến (${year}).`,
      `The recognition date ${vi(on)} is before the initiative's year (${year}).`,
    ),
  authorTwice: (key: string): Refusal =>
    refusal(
      'INITIATIVE_AUTHOR_TWICE',
      `Tác giả có mã định danh "${key}" được kê hai lần.`,
      `The author with identifier "${key}" is listed twice.`,
      { field: 'authors' },
    ),
  exists: (initiativeId: string): Refusal =>
    refusal(
      'INITIATIVE_EXISTS',
      `Sáng kiến "${initiativeId}" đã được đăng ký.`,
      `Initiative "${initiativeId}" is filed already.`,
      { field: 'initiativeId' },
    ),
  notFound: (initiativeId: string): Refusal =>
    refusal(
      'INITIATIVE_NOT_FOUND',
      `Không có sáng kiến "${initiativeId}" trong sổ sáng kiến.`,
      `No initiative "${initiativeId}" in the registry.`,
      { field: 'initiativeId' },
    ),
  alreadyAssessed: (recognised: boolean, on: CivilDate): Refusal =>
    refusal(
      'INITIATIVE_ALREADY_ASSESSED',
      `Sáng kiến đã được Hội đồng sáng kiến đánh giá ngày ${vi(on)} (${recognised ? 'được công nhận' : 'không được công nhận'}); không đánh giá lần hai.`,
      `The initiative council assessed it on ${vi(on)} (${recognised ? 'recognised' : 'not recognised'}); it is not assessed twice.`,
    ),
  assessorIsAuthor: (): Refusal =>
    refusal(
      'ASSESSOR_IS_AUTHOR',
      'Người là tác giả không được đánh giá sáng kiến của chính mình.',
      'An author may not assess their own initiative.',
    ),
};
