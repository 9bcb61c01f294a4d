import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Typed column lists of the read-model tables: one definition per table, from which the fold's row
 * type, the projection's `jsonb_to_recordset` SQL and the TypeORM entity are derived. Migrations keep
 * their own DDL (they are history); test/integration/read-model-columns.int.spec.ts checks that the
 * migrated tables have exactly these columns.
 */
export type SqlType = 'text' | 'integer' | 'smallint' | 'bigint' | 'jsonb' | 'timestamptz' | 'date';

/** A column: its SQL type and nullability; `T` is the value the fold writes (JSON: instants as text). */
export interface ColumnDef<T = unknown, S extends SqlType = SqlType> {
  readonly type: S;
  readonly nullable: boolean;
  /** Type only: the row field's type. */
  readonly __row?: T;
}

const def = <T, S extends SqlType>(type: S): ColumnDef<T, S> => ({ type, nullable: false });
export const text = () => def<string, 'text'>('text');
/** Text that holds one of a few values (a CHECK in the migration). */
export const textOf = <T extends string>() => def<T, 'text'>('text');
export const integer = () => def<number, 'integer'>('integer');
export const smallint = () => def<number, 'smallint'>('smallint');
/** node-postgres reads a bigint as text, and the fold writes it so. */
export const bigint = () => def<string, 'bigint'>('bigint');
export const jsonb = <T>() => def<T, 'jsonb'>('jsonb');
/** Instants as ISO text in the row ('infinity' allowed); TypeORM reads them as Date. */
export const timestamptz = () => def<string, 'timestamptz'>('timestamptz');
export const date = () => def<string, 'date'>('date');
export const nullable = <T, S extends SqlType>(c: ColumnDef<T, S>): ColumnDef<T | null, S> => ({
  ...c,
  nullable: true,
});

export type Columns = Record<string, ColumnDef<unknown, SqlType>>;

export interface TableDef<C extends Columns> {
  /** The live table's name (a rebuild writes a copy under another name). */
  readonly table: string;
  readonly key: keyof C & string;
  readonly columns: C;
}

export const defineTable = <C extends Columns>(table: string, key: keyof C & string, columns: C): TableDef<C> => ({
  table,
  key,
  columns,
});

/** The row the fold writes: one field per column, named as the column. */
export type RowOf<C extends Columns> = { [K in keyof C]: C[K] extends ColumnDef<infer T, SqlType> ? T : never };

type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type EntityValue<D> =
  D extends ColumnDef<infer T, infer S> ? (S extends 'timestamptz' ? Date | Extract<T, null> : T) : never;
/** The entity as TypeORM reads it: camelCase properties; instants as Date, bigint as text. */
export type EntityOf<C extends Columns> = { -readonly [K in keyof C & string as Camel<K>]: EntityValue<C[K]> };

export const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
export const columnNames = <C extends Columns>(t: TableDef<C>) => Object.keys(t.columns);

/** `name type, …` for `jsonb_to_recordset(…) AS x(…)`. */
export const recordsetColumns = <C extends Columns>(t: TableDef<C>) =>
  Object.entries(t.columns)
    .map(([name, c]) => `${name} ${c.type}`)
    .join(', ');

/** A TypeORM entity class for the table, its properties the columns in camelCase. */
export function entityClass<C extends Columns>(className: string, t: TableDef<C>): new () => EntityOf<C> {
  const cls = class {};
  Object.defineProperty(cls, 'name', { value: className });
  Entity({ name: t.table })(cls);
  for (const [name, c] of Object.entries(t.columns)) {
    const decorate =
      name === t.key ? PrimaryColumn({ name, type: c.type }) : Column({ name, type: c.type, nullable: c.nullable });
    decorate(cls.prototype, camel(name));
  }
  return cls as new () => EntityOf<C>;
}
