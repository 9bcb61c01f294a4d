import { NOMINATIONS_TABLE } from '../cases/case-columns';
import { entityClass, type EntityOf } from '../tables/columns';

/**
 * Read model of one nomination: flat columns to filter on, the folded state to show. Derived from
 * the table's one column definition (cases/case-columns.ts), so it cannot miss a column.
 */
export type NominationView = EntityOf<typeof NOMINATIONS_TABLE.columns>;
export const NominationView = entityClass('NominationView', NOMINATIONS_TABLE);
