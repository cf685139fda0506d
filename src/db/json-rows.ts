// Many rows in one statement: the rows travel as one JSON parameter (an array holding each row as an
// array of its cells) and `jsonb_array_elements` turns it back into a table. Against a multi-row VALUES
// list (a parameter per cell) the SQL text is the same for any number of rows, so it is parsed and planned
// once per connection (see database.ts), and the limit of 65,535 parameters does not apply. Measured
// against the alternatives on 10,000 imported rows: one array parameter per column (`unnest`) made the
// driver escape every element in JavaScript (version snapshots: 280–530 ms against 80–130 ms for one JSON
// text); rows as JSON objects (`jsonb_to_recordset`) made PostgreSQL parse and sort every row's keys
// (Vorhaben: 170–210 ms of its CPU against 50–60 ms for rows as arrays). Rows come out in array order.
import { type RawBuilder, sql } from 'kysely';

/** PostgreSQL types of the columns. */
export type ColumnType = 'int' | 'bigint' | 'float8' | 'boolean' | 'text' | 'text[]' | 'jsonb' | 'date';

type WellFormed = string & { toWellFormed(): string };

/**
 * One cell as JSON. A jsonb value is already a JSON text (the tables' insert types ask for one) and is
 * spliced in as it is, inside a one-element array, and a missing one is an empty array: so the JSON
 * value null stays apart from SQL NULL (`extract` takes the first element). A string loses lone
 * surrogates as it did when sent as UTF-8 on its own.
 */
function cell(type: ColumnType, value: unknown): string {
  if (type === 'jsonb') return value === null || value === undefined ? '[]' : `[${value as string}]`;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify((value as WellFormed).toWellFormed());
  if (type === 'text[]') return JSON.stringify((value as string[]).map((v) => (v as WellFormed).toWellFormed()));
  return JSON.stringify(value);
}

/** The rows as the text of a JSON array holding each row as an array of its cells, in the order of `types`. */
export function rowsAsJson<K extends string>(
  types: Readonly<Record<K, ColumnType>>,
  rows: readonly Readonly<Partial<Record<NoInfer<K>, unknown>>>[],
): string {
  const names = Object.keys(types) as K[];
  let out = '[';
  rows.forEach((row, r) => {
    out += r ? ',[' : '[';
    names.forEach((name, i) => (out += (i ? ',' : '') + cell(types[name], row[name])));
    out += ']';
  });
  return out + ']';
}

/**
 * `(select … from jsonb_array_elements($1::jsonb) …) as t`: `rows` as a table `t` with the given columns,
 * for the FROM of a select. A missing value (undefined) is NULL.
 */
export function recordset<K extends string>(
  types: Readonly<Record<K, ColumnType>>,
  rows: readonly Readonly<Partial<Record<NoInfer<K>, unknown>>>[],
): RawBuilder<unknown> {
  return recordsetOf(types, rowsAsJson(types, rows));
}

/** A cell of the row `r.e` as its column's type: the text of a scalar cast, a jsonb cell unwrapped. */
function extract(type: ColumnType, i: number): RawBuilder<unknown> {
  const at = sql.lit(i);
  switch (type) {
    case 'text':
      return sql`r.e->>${at}`;
    case 'jsonb':
      return sql`r.e->${at}->0`;
    case 'text[]':
      return sql`case when jsonb_typeof(r.e->${at}) = 'array' then array(select x from jsonb_array_elements_text(r.e->${at}) with ordinality as a(x, n) order by n) end`;
    default:
      return sql`(r.e->>${at})::${sql.raw(type)}`;
  }
}

/** The same from rows encoded before by `rowsAsJson` (say while an earlier statement ran). */
export function recordsetOf<K extends string>(types: Readonly<Record<K, ColumnType>>, json: string): RawBuilder<unknown> {
  const names = Object.keys(types) as K[];
  const columns = names.map((n, i) => sql`${extract(types[n], i)} as ${sql.ref(n)}`);
  return sql`(select ${sql.join(columns)} from jsonb_array_elements(${json}::jsonb) as r(e)) as t`;
}

/** The column names of `types`, in the order `recordset` gives them. */
export const columnsOf = <K extends string>(types: Readonly<Record<K, ColumnType>>): K[] => Object.keys(types) as K[];
