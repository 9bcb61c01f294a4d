import type { NominationState } from '@khen/domain';
import {
  bigint,
  date,
  defineTable,
  integer,
  jsonb,
  nullable,
  smallint,
  text,
  textOf,
  timestamptz,
  type RowOf,
} from '../tables/columns';

/** The three read models a case feeds (docs/architecture.md §2): their columns, defined once. */
export const NOMINATIONS_TABLE = defineTable('nominations', 'nomination_id', {
  nomination_id: text(),
  stream_id: text(),
  version: integer(),
  stage: text(),
  status: text(),
  outcome: nullable(text()),
  award_code: text(),
  unit_id: text(),
  campaign_id: text(),
  nominee_name: text(),
  state: jsonb<NominationState>(),
  last_position: bigint(),
  created_at: timestamptz(),
  updated_at: timestamptz(),
  year: integer(),
  kind: text(),
  nominee_key: text(),
  council_id: text(),
  authority_id: text(),
  sla_deadline: nullable(timestamptz()),
  sla_warning_at: nullable(timestamptz()),
  /** HS-2026-000123: per council and filing year; null for cases filed before numbers. */
  case_number: nullable(text()),
});

export const TASKS_TABLE = defineTable('tasks', 'task_id', {
  task_id: text(),
  nomination_id: text(),
  task_type: text(),
  slot: text(),
  candidate_group: text(),
  assignee: nullable(text()),
  owner: nullable(text()),
  claimed_by: nullable(text()),
  status: textOf<'OPEN' | 'CLOSED'>(),
  outcome: nullable(text()),
  priority: smallint(),
  stage: text(),
  /** Sort keys are never null ('infinity' = no deadline), so keyset pages stay simple. */
  due_at: timestamptz(),
  breach_at: timestamptz(),
  created_at: timestamptz(),
  closed_at: nullable(timestamptz()),
  closed_by: nullable(text()),
  award_code: text(),
  unit_id: text(),
  campaign_id: text(),
  nominee_name: text(),
  last_position: bigint(),
  case_number: nullable(text()),
});

export const REGISTRY_TABLE = defineTable('award_registry', 'entry_id', {
  entry_id: text(),
  nominee_key: text(),
  nominee_name: text(),
  award_code: text(),
  year: integer(),
  kind: text(),
  unit_id: text(),
  decision_number: text(),
  decision_date: date(),
  authority_id: text(),
  signer_id: text(),
  /** Empty for history imported from before the system. */
  nomination_id: nullable(text()),
  source: textOf<'EVENT' | 'IMPORT'>(),
  recorded_at: timestamptz(),
});

/** Column values of the three read models, as the fold writes them. */
export type NominationRow = RowOf<typeof NOMINATIONS_TABLE.columns>;
export type TaskRow = RowOf<typeof TASKS_TABLE.columns>;
export type RegistryRow = RowOf<typeof REGISTRY_TABLE.columns>;

export const CASE_TABLES = [NOMINATIONS_TABLE, TASKS_TABLE, REGISTRY_TABLE] as const;
