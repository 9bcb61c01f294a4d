import { isRefusal, type Refusal } from '../../refusal';
import { SEED_RULE_SET } from '../../rules/seed-rule-set';
import type { DirectoryCommand } from '../directory.commands';
import { decideDirectory, directoryTarget, evolveDirectory, type DirectoryRecord } from '../directory.decider';
import type { DirectoryEvent } from '../directory.events';
import {
  NO_DIRECTORY_FACTS,
  type CouncilSummary,
  type DirectoryContext,
  type DirectoryFacts,
  type UnitSummary,
} from '../directory.facts';
import type { UnitState } from '../directory.types';

export const TODAY = '2026-03-01';
export const WHY = 'Theo Quyết định 12/QĐ-UBND';

const unit = (u: Partial<UnitState> & Pick<UnitState, 'unitId' | 'kind' | 'level'>, path: string[]): UnitSummary => ({
  name: u.unitId,
  parentId: path.length > 1 ? path[path.length - 2]! : null,
  signingUnitId: u.unitId,
  activeFrom: '2020-01-01',
  activeTo: null,
  successorId: null,
  ...u,
  path,
});

/** A small province: the city, two departments, a school, a commune, a district closed on 30/6/2025. */
export const TREE: Record<string, UnitSummary> = Object.fromEntries(
  [
    unit({ unitId: 'UBND-TP', kind: 'PROVINCE', level: 'PROVINCE' }, ['UBND-TP']),
    unit({ unitId: 'SO-GD', kind: 'DEPARTMENT', level: 'DEPARTMENT' }, ['UBND-TP', 'SO-GD']),
    unit({ unitId: 'SO-YT', kind: 'DEPARTMENT', level: 'DEPARTMENT' }, ['UBND-TP', 'SO-YT']),
    unit({ unitId: 'THPT-CVA', kind: 'PUBLIC_SERVICE', level: 'UNIT' }, ['UBND-TP', 'SO-GD', 'THPT-CVA']),
    unit({ unitId: 'XA-AN-KHANH', kind: 'COMMUNE', level: 'COMMUNE', activeFrom: '2025-07-01' }, [
      'UBND-TP',
      'XA-AN-KHANH',
    ]),
    unit({ unitId: 'HUYEN-CU', kind: 'DISTRICT_LEGACY', level: 'DEPARTMENT', activeTo: '2025-06-30' }, [
      'UBND-TP',
      'HUYEN-CU',
    ]),
  ].map((u) => [u.unitId, u]),
);

export const COUNCILS: Record<string, CouncilSummary> = {
  'HD-TP': { councilId: 'HD-TP', name: 'Hội đồng TĐKT Thành phố', level: 'PROVINCE', unitId: 'UBND-TP' },
  'HD-SO-GD': { councilId: 'HD-SO-GD', name: 'Hội đồng TĐKT Sở GD', level: 'DEPARTMENT', unitId: 'SO-GD' },
};

export function ctx(facts: Partial<DirectoryFacts> = {}, today = TODAY): DirectoryContext {
  return { today, facts: { ...NO_DIRECTORY_FACTS, units: TREE, councils: COUNCILS, ...facts }, ruleSet: SEED_RULE_SET };
}

/** Given these commands accepted in order (each against `context`), the record they leave. */
export function given<S extends DirectoryRecord>(commands: DirectoryCommand[], context = ctx()): S {
  let state: DirectoryRecord | null = null;
  for (const cmd of commands) {
    const out = decideDirectory(state, cmd, context);
    if (isRefusal(out)) throw new Error(`given: ${cmd.type} refused: ${out.code} ${out.messageEn}`);
    for (const e of out) state = evolveDirectory(directoryTarget(cmd).kind, state, e);
  }
  return state as S;
}

/** When the command is decided on that state: its events, or the refusal. */
export function when(
  state: DirectoryRecord | null,
  cmd: DirectoryCommand,
  context = ctx(),
): DirectoryEvent[] | Refusal {
  return decideDirectory(state, cmd, context);
}

export function refused(out: DirectoryEvent[] | Refusal): Refusal {
  if (!isRefusal(out)) throw new Error(`expected a refusal, got ${JSON.stringify(out).slice(0, 300)}`);
  return out;
}

export function accepted(out: DirectoryEvent[] | Refusal): DirectoryEvent[] {
  if (isRefusal(out)) throw new Error(`expected events, got ${out.code}: ${out.messageEn}`);
  return out;
}

/** A council of `size` members from the city's departments: a chair, two vice-chairs, a secretary, members. */
export function members(size: number, unitIds = ['SO-GD', 'SO-YT', 'UBND-TP']) {
  return Array.from({ length: size }, (_, i) => ({
    memberId: `tv-${i + 1}`,
    name: `Thành viên ${i + 1}`,
    seat: (i === 0 ? 'CHAIR' : i <= 2 ? 'VICE_CHAIR' : i === 3 ? 'SECRETARY' : 'MEMBER') as
      'CHAIR' | 'VICE_CHAIR' | 'SECRETARY' | 'MEMBER',
    unitId: unitIds[i % unitIds.length]!,
  }));
}
