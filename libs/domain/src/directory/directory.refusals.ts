import { formatCivilDateVi, type CivilDate } from '../calendar/civil-date';
import { LEVEL_NAMES_EN, LEVEL_NAMES_VI, type AuthorityLevel } from '../organisation/levels';
import { refusal, type Refusal, type RuleReference } from '../refusal';
import { law } from '../rules/legal-basis';
import type { DirectoryRecordKind } from './directory-streams';
import { LAUNCHING_LEVEL_AWARDS, refuseBodies } from './bodies.refusals';
import { UNIT_KIND_NAMES_VI, type UnitKind } from './directory.types';

/** The texts the directory's rules rest on. */
export const DIRECTORY_RULES = {
  competence: law('Điều 83'),
  /** "Cấp nào phát động thi đua thì cấp đó khen thưởng". */
  launchingLevelAwards: LAUNCHING_LEVEL_AWARDS,
  twoTier: { legalBasis: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15' } as RuleReference,
};

export const RECORD_NAMES_VI: Record<DirectoryRecordKind, string> = {
  unit: 'Đơn vị',
  council: 'Hội đồng',
  campaign: 'Đợt thi đua',
  cluster: 'Cụm, khối thi đua',
  person: 'Người dùng',
};
const RECORD_NAMES_EN: Record<DirectoryRecordKind, string> = {
  unit: 'Unit',
  council: 'Council',
  campaign: 'Campaign',
  cluster: 'Cluster',
  person: 'Person',
};

const vi = formatCivilDateVi;

/** Refusals about any record and about units and the tree. */
const recordAndUnit = {
  exists: (kind: DirectoryRecordKind, id: string, field: string): Refusal =>
    refusal(
      'DIRECTORY_RECORD_EXISTS',
      `${RECORD_NAMES_VI[kind]} mã "${id}" đã có trong danh mục.`,
      `${RECORD_NAMES_EN[kind]} "${id}" is already in the directory.`,
      { field },
    ),
  notFound: (kind: DirectoryRecordKind, id: string): Refusal =>
    refusal(
      'DIRECTORY_RECORD_NOT_FOUND',
      `${RECORD_NAMES_VI[kind]} mã "${id}" không có trong danh mục.`,
      `${RECORD_NAMES_EN[kind]} "${id}" is not in the directory.`,
    ),
  invalidCode: (field: string, labelVi: string, labelEn: string): Refusal =>
    refusal(
      'INVALID_RECORD_CODE',
      `Mã ${labelVi} không hợp lệ: chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang, tối đa 64 ký tự.`,
      `The ${labelEn} code is invalid: upper-case letters, digits and hyphens only, at most 64 characters.`,
      { field },
    ),
  invalidValue: (field: string, labelVi: string, labelEn: string, value: unknown): Refusal =>
    invalid(
      field,
      `Giá trị "${String(value)}" không hợp lệ cho ${labelVi}.`,
      `"${String(value)}" is not a valid ${labelEn}.`,
    ),
  invalidDate: (field: string, labelVi: string, labelEn: string): Refusal =>
    invalid(field, `${labelVi} không phải là một ngày hợp lệ.`, `The ${labelEn} is not a valid date.`),
  endBeforeStart: (field: string, from: CivilDate, to: CivilDate): Refusal =>
    refusal(
      'INVALID_PERIOD',
      `Ngày kết thúc ${vi(to)} trước ngày bắt đầu ${vi(from)}.`,
      `The end date ${vi(to)} is before the start date ${vi(from)}.`,
      { field },
    ),
  parentRequired: (kind: UnitKind): Refusal =>
    refusal(
      'PARENT_REQUIRED',
      `Đơn vị loại «${UNIT_KIND_NAMES_VI[kind]}» phải có đơn vị cấp trên; chỉ tỉnh, thành phố hoặc bộ, ngành là gốc của cây tổ chức.`,
      `A unit of this kind needs a parent; only a province or a ministry is a root of the tree.`,
      { field: 'parentId' },
    ),
  unitNotActive: (field: string, unitId: string, on: CivilDate, roleVi: string, roleEn: string): Refusal =>
    refusal(
      'UNIT_NOT_ACTIVE',
      `${roleVi} "${unitId}" không có trong danh mục hoặc không hoạt động vào ngày ${vi(on)}.`,
      `The ${roleEn} "${unitId}" is unknown or not active on ${vi(on)}.`,
      { field },
    ),
  cycle: (unitId: string, parentId: string): Refusal =>
    refusal(
      'UNIT_CYCLE',
      `Không thể đặt "${unitId}" dưới "${parentId}": "${parentId}" là chính đơn vị đó hoặc đơn vị cấp dưới của nó.`,
      `Cannot place "${unitId}" under "${parentId}": that is the unit itself or one of its own sub-units.`,
      { field: 'parentId' },
    ),
  unitClosed: (unitId: string, activeTo: CivilDate): Refusal =>
    refusal(
      'UNIT_CLOSED',
      `Đơn vị "${unitId}" đã ngừng hoạt động từ sau ngày ${vi(activeTo)}; lịch sử của đơn vị không được sửa đổi.`,
      `Unit "${unitId}" ceased after ${vi(activeTo)}; its history is not rewritten.`,
    ),
  levelNotForKind: (kind: UnitKind, level: AuthorityLevel): Refusal =>
    refusal(
      'LEVEL_NOT_FOR_KIND',
      `Cấp «${LEVEL_NAMES_VI[level]}» không phù hợp với loại đơn vị «${UNIT_KIND_NAMES_VI[kind]}».`,
      `The level "${LEVEL_NAMES_EN[level]}" does not fit this kind of unit.`,
      { field: 'level' },
    ),
  levelAboveParent: (level: AuthorityLevel, parentLevel: AuthorityLevel): Refusal =>
    refusal(
      'LEVEL_ABOVE_PARENT',
      `Cấp «${LEVEL_NAMES_VI[level]}» cao hơn cấp của đơn vị cấp trên («${LEVEL_NAMES_VI[parentLevel]}»).`,
      `The level "${LEVEL_NAMES_EN[level]}" is above the parent's ("${LEVEL_NAMES_EN[parentLevel]}").`,
      { field: 'level', rule: DIRECTORY_RULES.competence },
    ),
  districtAbolished: (field: string): Refusal =>
    refusal(
      'DISTRICT_LEVEL_ABOLISHED',
      'Từ ngày 01/7/2025 không còn cấp huyện; chỉ ghi nhận quận, huyện đã hoạt động trước ngày đó.',
      'There is no district level from 1/7/2025; only districts that existed before that day are recorded.',
      { field, rule: DIRECTORY_RULES.twoTier },
    ),
  signingNotAncestor: (signingUnitId: string): Refusal =>
    refusal(
      'SIGNING_UNIT_NOT_ANCESTOR',
      `Đơn vị "${signingUnitId}" không phải là đơn vị đó hoặc đơn vị cấp trên của nó, nên không thể là cấp quản lý đề nghị khen thưởng.`,
      `"${signingUnitId}" is neither the unit nor one of its parents, so it cannot sign for it.`,
      { field: 'signingUnitId', rule: DIRECTORY_RULES.competence },
    ),
  openCases: (unitId: string, count: number): Refusal =>
    refusal(
      'UNIT_HAS_OPEN_CASES',
      `Đơn vị "${unitId}" còn ${count} hồ sơ đang xử lý; hãy chỉ định đơn vị kế thừa tiếp nhận các hồ sơ này.`,
      `Unit "${unitId}" still has ${count} open case(s); name the successor unit that takes them over.`,
      { field: 'successorId' },
    ),
  activeChildren: (unitId: string, count: number): Refusal =>
    refusal(
      'UNIT_HAS_ACTIVE_CHILDREN',
      `Đơn vị "${unitId}" còn ${count} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể các đơn vị đó trước.`,
      `Unit "${unitId}" still has ${count} active sub-unit(s); move or close them first.`,
      { field: 'activeTo' },
    ),
};

/** Refusals of the directory's commands: Vietnamese for the officials first, English second. */
/** A value the directory cannot take (one builder for INVALID_VALUE: values and dates alike). */
const invalid = (field: string, messageVi: string, messageEn: string): Refusal =>
  refusal('INVALID_VALUE', messageVi, messageEn, { field });

export const refuseDir = { ...recordAndUnit, ...refuseBodies };
