import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NominationState } from '@khen/domain';

/** Read model of one nomination: flat columns to filter on, the folded state to show. */
@Entity({ name: 'nominations' })
export class NominationView {
  @PrimaryColumn({ name: 'nomination_id', type: 'text' })
  nominationId!: string;

  @Column({ name: 'stream_id', type: 'text' })
  streamId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'award_code', type: 'text' })
  awardCode!: string;

  @Column({ name: 'unit_id', type: 'text' })
  unitId!: string;

  @Column({ name: 'campaign_id', type: 'text' })
  campaignId!: string;

  @Column({ name: 'nominee_name', type: 'text' })
  nomineeName!: string;

  @Column({ type: 'jsonb' })
  state!: NominationState;

  @Column({ name: 'last_position', type: 'bigint' })
  lastPosition!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'nominee_key', type: 'text' })
  nomineeKey!: string;

  @Column({ name: 'council_id', type: 'text' })
  councilId!: string;

  @Column({ name: 'authority_id', type: 'text' })
  authorityId!: string;

  @Column({ name: 'sla_deadline', type: 'timestamptz', nullable: true })
  slaDeadline!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
