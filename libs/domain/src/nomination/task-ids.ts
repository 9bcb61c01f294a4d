/**
 * Task ids are `<nominationId>:<slot>#<n>`: the nth task of that slot on the case. Deterministic, so
 * the workflow, a replay and a rebuild all give the same id; the nomination id routes commands.
 */
export function taskIdFor(nominationId: string, slot: string, seq: Record<string, number>): string {
  return `${nominationId}:${slot}#${(seq[slot] ?? 0) + 1}`;
}

/** The nomination a task belongs to, or undefined for an id that is not ours. */
export function nominationOfTask(taskId: string): string | undefined {
  const m = /^([0-9a-f-]{36}):[A-Z_]+(?::[^#]*)?#\d+$/.exec(taskId);
  return m?.[1];
}
