import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuthorityLevel, CouncilMember } from '@khen/domain';

/** A member as the directory keeps them; the ballot needs only id and unit (for recusal). */
export interface CouncilMemberRecord extends CouncilMember {
  name?: string;
  /** Chủ tịch Hội đồng: receives COUNCIL_CHAIR escalations. */
  chair?: boolean;
}

/** Organisation data (docs/domain.md §2): a council, its members and the authority it advises. */
@Entity({ name: 'councils' })
export class CouncilRecord {
  @PrimaryColumn({ name: 'council_id', type: 'text' })
  councilId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  level!: AuthorityLevel;

  @Column({ name: 'authority_id', type: 'text' })
  authorityId!: string;

  @Column({ name: 'authority_name', type: 'text' })
  authorityName!: string;

  @Column({ type: 'jsonb' })
  members!: CouncilMemberRecord[];
}
