import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NominationKind } from '@khen/domain';

/** An emulation campaign (phong trào, đợt thi đua): its year is the achievement year it considers. */
@Entity({ name: 'campaigns' })
export class CampaignRecord {
  @PrimaryColumn({ name: 'campaign_id', type: 'text' })
  campaignId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  kind!: NominationKind;
}
