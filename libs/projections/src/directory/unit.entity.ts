import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuthorityLevel } from '@khen/domain';

/** A unit in the organisation tree (docs/domain.md §2): province → department / commune → sub-units. */
@Entity({ name: 'units' })
export class UnitRecord {
  @PrimaryColumn({ name: 'unit_id', type: 'text' })
  unitId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  level!: AuthorityLevel;
}
