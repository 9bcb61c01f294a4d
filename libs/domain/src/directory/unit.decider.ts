import type { CivilDate } from '../calendar/civil-date';
import { AUTHORITY_LEVELS, LEVEL_RANK, type AuthorityLevel } from '../organisation/levels';
import { isRefusal, type Refusal } from '../refusal';
import type { UnitCommand } from './directory.commands';
import type { UnitEvent } from './directory.events';
import type { DirectoryContext, UnitSummary } from './directory.facts';
import { refuseDir } from './directory.refusals';
import { UNIT_KINDS, type UnitState, type UnitKind } from './directory.types';
import {
  changedSet,
  checkCode,
  checkDate,
  checkOneOf,
  checkReason,
  checkText,
  dayAfter,
  diffFields,
  firstRefusal,
  within,
} from './directory-checks';

/** The first day of two-tier local government: no district is created from it on. */
export const TWO_TIER_FROM = '2025-07-01';
const ROOT_KINDS: readonly UnitKind[] = ['PROVINCE', 'MINISTRY'];
const LEVELS_OF_KIND: Record<UnitKind, readonly AuthorityLevel[]> = {
  PROVINCE: ['PROVINCE'],
  MINISTRY: ['MINISTRY'],
  DEPARTMENT: ['DEPARTMENT'],
  COMMUNE: ['COMMUNE'],
  DISTRICT_LEGACY: ['UNIT', 'COMMUNE', 'DEPARTMENT'],
  PUBLIC_SERVICE: ['UNIT', 'DEPARTMENT'],
  ENTERPRISE: ['UNIT', 'DEPARTMENT'],
  SUB_UNIT: ['UNIT'],
  OTHER: ['UNIT', 'DEPARTMENT'],
};
const UNIT_FIELDS: (keyof UnitState)[] = [
  'unitId',
  'name',
  'kind',
  'level',
  'parentId',
  'signingUnitId',
  'activeFrom',
  'activeTo',
  'successorId',
];

export const activeOn = (u: Pick<UnitState, 'activeFrom' | 'activeTo'>, date: CivilDate) =>
  within(date, { from: u.activeFrom, to: u.activeTo });

/** The unit, known and active on the date, or the refusal naming the field. */
function activeUnit(
  ctx: DirectoryContext,
  unitId: string,
  on: CivilDate,
  field: string,
  roleVi: string,
  roleEn: string,
): UnitSummary | Refusal {
  const u = ctx.facts.units[unitId];
  return u && activeOn(u, on) ? u : refuseDir.unitNotActive(field, unitId, on, roleVi, roleEn);
}

function checkKindLevel(kind: UnitKind, level: AuthorityLevel, activeFrom: CivilDate, field: string) {
  if (kind === 'DISTRICT_LEGACY' && activeFrom >= TWO_TIER_FROM) return refuseDir.districtAbolished(field);
  return LEVELS_OF_KIND[kind].includes(level) ? undefined : refuseDir.levelNotForKind(kind, level);
}

function checkUnderParent(level: AuthorityLevel, parent: UnitSummary) {
  return LEVEL_RANK[level] > LEVEL_RANK[parent.level] ? refuseDir.levelAboveParent(level, parent.level) : undefined;
}

/** The signing unit is the unit itself or one of its parents (the level that manages its staff). */
function checkSigning(
  ctx: DirectoryContext,
  unitId: string,
  signingUnitId: string,
  ancestors: string[],
  on: CivilDate,
) {
  if (signingUnitId === unitId) return undefined;
  if (!ancestors.includes(signingUnitId)) return refuseDir.signingNotAncestor(signingUnitId);
  const s = activeUnit(ctx, signingUnitId, on, 'signingUnitId', 'Đơn vị ký', 'signing unit');
  return isRefusal(s) ? s : undefined;
}

/** Closing or merging: a successor active the next day; no active sub-unit left behind. */
function checkClosing(state: UnitState, activeTo: CivilDate, successorId: string | undefined, ctx: DirectoryContext) {
  return firstRefusal(
    () => checkDate(activeTo, 'activeTo', 'Ngày ngừng hoạt động', 'closing date'),
    () => (activeTo < state.activeFrom ? refuseDir.endBeforeStart('activeTo', state.activeFrom, activeTo) : undefined),
    () => {
      if (successorId === undefined) return undefined;
      if (successorId === state.unitId) return refuseDir.cycle(state.unitId, successorId);
      const s = activeUnit(ctx, successorId, dayAfter(activeTo), 'successorId', 'Đơn vị kế thừa', 'successor');
      return isRefusal(s) ? s : undefined;
    },
    () => (ctx.facts.activeChildren > 0 ? refuseDir.activeChildren(state.unitId, ctx.facts.activeChildren) : undefined),
  );
}

function register(cmd: Extract<UnitCommand, { type: 'RegisterUnit' }>, ctx: DirectoryContext): UnitEvent[] | Refusal {
  let parent: UnitSummary | undefined;
  const checked = firstRefusal(
    () => checkCode(cmd.unitId, 'unitId', 'đơn vị', 'unit'),
    () => checkText(cmd.name, 'name', 'tên đơn vị', 'unit name'),
    () => checkOneOf(cmd.kind, UNIT_KINDS, 'kind', 'loại đơn vị', 'unit kind'),
    () => checkOneOf(cmd.level, AUTHORITY_LEVELS, 'level', 'cấp', 'level'),
    () => checkDate(cmd.activeFrom, 'activeFrom', 'Ngày bắt đầu hoạt động', 'start date'),
    () => (cmd.activeTo === undefined ? undefined : checkDate(cmd.activeTo, 'activeTo', 'Ngày ngừng', 'end date')),
    () =>
      cmd.activeTo !== undefined && cmd.activeTo < cmd.activeFrom
        ? refuseDir.endBeforeStart('activeTo', cmd.activeFrom, cmd.activeTo)
        : undefined,
    () => checkReason(cmd.reason),
    () => checkKindLevel(cmd.kind, cmd.level, cmd.activeFrom, 'kind'),
    () => {
      if (cmd.parentId === null) return ROOT_KINDS.includes(cmd.kind) ? undefined : refuseDir.parentRequired(cmd.kind);
      if (cmd.parentId === cmd.unitId) return refuseDir.cycle(cmd.unitId, cmd.parentId);
      const p = activeUnit(ctx, cmd.parentId, cmd.activeFrom, 'parentId', 'Đơn vị cấp trên', 'parent unit');
      if (isRefusal(p)) return p;
      parent = p;
      return checkUnderParent(cmd.level, p);
    },
  );
  if (checked) return checked;
  const signingUnitId = cmd.signingUnitId ?? (cmd.kind === 'SUB_UNIT' && parent ? parent.signingUnitId : cmd.unitId);
  const unit: UnitState = {
    unitId: cmd.unitId,
    name: cmd.name.trim(),
    kind: cmd.kind,
    level: cmd.level,
    parentId: cmd.parentId,
    signingUnitId,
    activeFrom: cmd.activeFrom,
    activeTo: cmd.activeTo ?? null,
    successorId: null,
  };
  const rest = firstRefusal(
    () => checkSigning(ctx, unit.unitId, signingUnitId, parent?.path ?? [], unit.activeFrom),
    () => {
      if (cmd.successorId === undefined) return undefined;
      if (unit.activeTo === null) return refuseDir.invalidDate('activeTo', 'Ngày ngừng hoạt động', 'closing date');
      const s = activeUnit(ctx, cmd.successorId, dayAfter(unit.activeTo), 'successorId', 'Đơn vị kế thừa', 'successor');
      return isRefusal(s) ? s : undefined;
    },
  );
  if (rest) return rest;
  unit.successorId = cmd.successorId ?? null;
  return [{ type: 'UnitRegistered', data: { unit, reason: cmd.reason, changes: diffFields(null, unit, UNIT_FIELDS) } }];
}

/** decide for a unit's stream: the events a command records, or why it is refused (nothing recorded). */
export function decideUnit(state: UnitState | null, cmd: UnitCommand, ctx: DirectoryContext): UnitEvent[] | Refusal {
  if (cmd.type === 'RegisterUnit') return state ? refuseDir.exists('unit', cmd.unitId, 'unitId') : register(cmd, ctx);
  if (!state) return refuseDir.notFound('unit', cmd.unitId);
  if (state.activeTo !== null) return refuseDir.unitClosed(state.unitId, state.activeTo);
  const why = checkReason(cmd.reason);
  if (why) return why;
  const self = ctx.facts.units[state.unitId];
  const reason = cmd.reason;
  switch (cmd.type) {
    case 'ChangeUnit': {
      const set = changedSet(state, cmd, ['name', 'kind', 'level', 'signingUnitId']);
      if (set.name !== undefined) set.name = set.name.trim();
      const next = { ...state, ...set };
      const parent = state.parentId === null ? undefined : ctx.facts.units[state.parentId];
      const refused = firstRefusal(
        () => (set.name === undefined ? undefined : checkText(set.name, 'name', 'tên đơn vị', 'unit name')),
        () => (set.kind === undefined ? undefined : checkOneOf(set.kind, UNIT_KINDS, 'kind', 'loại đơn vị', 'kind')),
        () => (set.level === undefined ? undefined : checkOneOf(set.level, AUTHORITY_LEVELS, 'level', 'cấp', 'level')),
        () => checkKindLevel(next.kind, next.level, next.activeFrom, set.kind ? 'kind' : 'level'),
        () =>
          next.parentId === null && !ROOT_KINDS.includes(next.kind) ? refuseDir.parentRequired(next.kind) : undefined,
        () => (parent ? checkUnderParent(next.level, parent) : undefined),
        () =>
          set.signingUnitId === undefined
            ? undefined
            : checkSigning(ctx, state.unitId, set.signingUnitId, self?.path.slice(0, -1) ?? [], ctx.today),
      );
      if (refused) return refused;
      const changes = diffFields(state, set, ['name', 'kind', 'level', 'signingUnitId']);
      return changes.length ? [{ type: 'UnitChanged', data: { unitId: state.unitId, set, reason, changes } }] : [];
    }
    case 'MoveUnit': {
      const parent = activeUnit(ctx, cmd.parentId, ctx.today, 'parentId', 'Đơn vị cấp trên', 'parent unit');
      if (isRefusal(parent))
        return cmd.parentId === state.unitId ? refuseDir.cycle(state.unitId, cmd.parentId) : parent;
      if (parent.path.includes(state.unitId)) return refuseDir.cycle(state.unitId, cmd.parentId);
      const signingUnitId = cmd.signingUnitId ?? state.signingUnitId;
      const refused = firstRefusal(
        () => checkUnderParent(state.level, parent),
        () => checkSigning(ctx, state.unitId, signingUnitId, parent.path, ctx.today),
      );
      if (refused) return refused;
      const after = { parentId: parent.unitId, signingUnitId };
      const changes = diffFields(state, after, ['parentId', 'signingUnitId']);
      return changes.length ? [{ type: 'UnitMoved', data: { unitId: state.unitId, ...after, reason, changes } }] : [];
    }
    case 'MergeUnit': {
      const refused = checkClosing(state, cmd.activeTo, cmd.successorId, ctx);
      if (refused) return refused;
      const after = { activeTo: cmd.activeTo, successorId: cmd.successorId };
      const changes = diffFields(state, after, ['activeTo', 'successorId']);
      return [{ type: 'UnitMerged', data: { unitId: state.unitId, ...after, reason, changes } }];
    }
    case 'CloseUnit': {
      const refused =
        checkClosing(state, cmd.activeTo, cmd.successorId, ctx) ??
        (ctx.facts.openCases > 0 && cmd.successorId === undefined
          ? refuseDir.openCases(state.unitId, ctx.facts.openCases)
          : undefined);
      if (refused) return refused;
      const after = { activeTo: cmd.activeTo, successorId: cmd.successorId ?? null };
      const changes = diffFields(state, after, ['activeTo', 'successorId']);
      return [{ type: 'UnitClosed', data: { unitId: state.unitId, ...after, reason, changes } }];
    }
  }
}

export function evolveUnit(state: UnitState | null, event: UnitEvent): UnitState | null {
  if (event.type === 'UnitRegistered') return { ...event.data.unit };
  if (!state) return state;
  switch (event.type) {
    case 'UnitChanged':
      return { ...state, ...event.data.set };
    case 'UnitMoved':
      return { ...state, parentId: event.data.parentId, signingUnitId: event.data.signingUnitId };
    case 'UnitMerged':
    case 'UnitClosed':
      return { ...state, activeTo: event.data.activeTo, successorId: event.data.successorId };
  }
}
