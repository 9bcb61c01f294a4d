import { refuse } from '../nomination/nomination.refusals';
import type { Refusal } from '../refusal';
import type { ClusterCommand } from './directory.commands';
import type { ClusterEvent } from './directory.events';
import type { DirectoryContext } from './directory.facts';
import { refuseDir } from './directory.refusals';
import { CLUSTER_KINDS, type ClusterState } from './directory.types';
import {
  changedSet,
  checkCode,
  checkOneOf,
  checkReason,
  checkText,
  diffFields,
  firstRefusal,
  overlaps,
} from './directory-checks';

const councilKnown = (ctx: DirectoryContext, councilId: string) =>
  ctx.facts.councils[councilId] ? undefined : refuseDir.councilUnknown('councilId', councilId);

/** decide for a cluster's (or bloc's) stream: its members and leader, year by year. */
export function decideCluster(
  state: ClusterState | null,
  cmd: ClusterCommand,
  ctx: DirectoryContext,
): ClusterEvent[] | Refusal {
  const why = checkReason(cmd.reason);
  if (cmd.type === 'RegisterCluster') {
    if (state) return refuseDir.exists('cluster', cmd.clusterId, 'clusterId');
    const refused = firstRefusal(
      () => checkCode(cmd.clusterId, 'clusterId', 'cụm, khối thi đua', 'cluster'),
      () => checkText(cmd.name, 'name', 'tên cụm, khối thi đua', 'cluster name'),
      () => checkOneOf(cmd.kind, CLUSTER_KINDS, 'kind', 'loại (cụm hoặc khối)', 'cluster kind'),
      () => why,
      () => councilKnown(ctx, cmd.councilId),
    );
    if (refused) return refused;
    const cluster = { clusterId: cmd.clusterId, name: cmd.name.trim(), kind: cmd.kind, councilId: cmd.councilId };
    const changes = diffFields(null, cluster, ['clusterId', 'name', 'kind', 'councilId']);
    return [{ type: 'ClusterRegistered', data: { cluster, reason: cmd.reason, changes } }];
  }
  if (!state) return refuseDir.notFound('cluster', cmd.clusterId);
  if (why) return why;
  const { reason, clusterId } = cmd;
  if (cmd.type === 'ChangeCluster') {
    const set = changedSet(state, cmd, ['name', 'councilId']);
    const refused = firstRefusal(
      () => (set.name === undefined ? undefined : checkText(set.name, 'name', 'tên cụm, khối thi đua', 'cluster name')),
      () => (set.councilId === undefined ? undefined : councilKnown(ctx, set.councilId)),
    );
    if (refused) return refused;
    const changes = diffFields(state, set, ['name', 'councilId']);
    return changes.length ? [{ type: 'ClusterChanged', data: { clusterId, set, reason, changes } }] : [];
  }
  const { year, members, leaderId } = cmd;
  const yearPeriod = { from: `${year}-01-01`, to: `${year}-12-31` };
  const refused = firstRefusal(
    () =>
      Number.isInteger(year) && year >= 2000 && year <= 2100
        ? undefined
        : refuseDir.invalidValue('year', 'năm', 'year', year),
    () =>
      Array.isArray(members) && members.length > 0 && new Set(members).size === members.length
        ? undefined
        : refuse.emptyField('members', 'các đơn vị thành viên (không trùng lặp)', 'member units (no duplicates)'),
    () => {
      for (const unitId of members) {
        const u = ctx.facts.units[unitId];
        if (!u || !overlaps({ from: u.activeFrom, to: u.activeTo }, yearPeriod))
          return refuseDir.unitNotActive('members', unitId, yearPeriod.from, 'Đơn vị thành viên', 'member unit');
        const other = ctx.facts.clusterOf[unitId];
        if (other) return refuseDir.inOtherCluster(unitId, other, year);
      }
      return undefined;
    },
    () => (members.includes(leaderId) ? undefined : refuseDir.leaderNotMember(leaderId)),
  );
  if (refused) return refused;
  const before = state.years.find((y) => y.year === year);
  const after = { members: [...members].sort(), leaderId };
  const changes = diffFields(before ? { ...before, members: [...before.members].sort() } : null, after, [
    'members',
    'leaderId',
  ]).map((c) => ({ ...c, field: `${year}.${c.field}` }));
  return changes.length ? [{ type: 'ClusterYearSet', data: { clusterId, year, ...after, reason, changes } }] : [];
}

export function evolveCluster(state: ClusterState | null, event: ClusterEvent): ClusterState | null {
  if (event.type === 'ClusterRegistered') return { ...event.data.cluster, years: [] };
  if (!state) return state;
  if (event.type === 'ClusterChanged') return { ...state, ...event.data.set };
  const { year, members, leaderId } = event.data;
  const years = [...state.years.filter((y) => y.year !== year), { year, members, leaderId }];
  return { ...state, years: years.sort((a, b) => a.year - b.year) };
}
