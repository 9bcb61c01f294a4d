import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CouncilMember } from '@khen/domain';

/** Organisation data (domain.md §2): a council and its members, maintained by administrators. */
@Entity({ name: 'councils' })
export class CouncilRecord {
  @PrimaryColumn({ name: 'council_id', type: 'text' })
  councilId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  level!: string;

  @Column({ type: 'jsonb' })
  members!: CouncilMember[];
}
