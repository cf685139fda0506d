// The import (and the audit log) bind a whole batch of rows as one JSON parameter (src/db/json-rows.ts).
// What PostgreSQL stores must not depend on that: every value comes out as a parameter per cell stores it,
// SQL NULL and the JSON value null stay apart, and the rows keep their order.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { type ColumnType, recordset } from '../../src/db/json-rows.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase();
});
after(() => database.drop());

const types = {
  n: 'int',
  big: 'bigint',
  x: 'float8',
  flag: 'boolean',
  label: 'text',
  words: 'text[]',
  doc: 'jsonb',
  day: 'date',
} as const satisfies Record<string, ColumnType>;
const names = Object.keys(types) as (keyof typeof types)[];

type Row = { [K in keyof typeof types]: unknown };

const rows: Row[] = [
  {
    n: 1,
    big: 9_007_199_254_740_991,
    x: 54.3771,
    flag: true,
    label: 'Sensoren "am" Hafen; a\\b, c\nd\te',
    words: ['costs', 'a "quoted", {braced} word', 'back\\slash'],
    doc: JSON.stringify({ de: 'Größe 😀', da: 'Størrelse', en: 'line\nbreak "quoted" \\' }),
    day: '2024-02-29',
  },
  // A JSON null in a jsonb column is the JSON value null; JavaScript's null is SQL NULL.
  { n: 2, big: null, x: null, flag: false, label: null, words: [], doc: 'null', day: null },
  { n: 3, big: -1, x: -0.000_000_1, flag: null, label: '', words: [''], doc: null, day: '1999-12-31' },
  // A lone surrogate cannot travel as UTF-8: sent on its own it became U+FFFD, and so it does here.
  { n: 4, big: 0, x: 1e21, flag: true, label: 'broken \ud800 half', words: ['\udc00'], doc: '[1, 2.50, "x"]', day: '2024-01-01' },
];

async function createTable(name: string) {
  await sql`create table ${sql.table(name)} (id serial primary key, n int, big bigint, x float8, flag boolean, label text, words text[], doc jsonb, day date)`.execute(
    database.db,
  );
}

async function storedRows(name: string) {
  const result = await sql<Record<string, string | null>>`select ${sql.join(
    ['id', ...names].map((c) => sql`${sql.ref(c)}::text as ${sql.ref(c)}`),
  )}, doc is null as doc_is_sql_null from ${sql.table(name)} order by id`.execute(database.db);
  return result.rows;
}

test('a batch bound as one JSON parameter is stored as a parameter per cell stores it', async () => {
  await createTable('one_by_one');
  await createTable('as_json');
  for (const row of rows)
    await sql`insert into one_by_one (${sql.join(names.map((c) => sql.ref(c)))}) values (${sql.join(
      names.map((c) => sql`${row[c]}::${sql.raw(types[c])}`),
    )})`.execute(database.db);
  await sql`insert into as_json (${sql.join(names.map((c) => sql.ref(c)))}) select * from ${recordset(types, rows)}`.execute(database.db);
  const expected = await storedRows('one_by_one');
  assert.deepEqual(await storedRows('as_json'), expected);
  // The cases that matter, spelled out.
  assert.equal(expected[1]!.doc, 'null');
  assert.equal(expected[1]!.doc_is_sql_null, false);
  assert.equal(expected[2]!.doc_is_sql_null, true);
  assert.equal(expected[3]!.label, 'broken \ufffd half');
});

test('many rows in one statement, in the order given', async () => {
  await sql`create table many (id serial primary key, n int)`.execute(database.db);
  // More rows than PostgreSQL could bind parameters for in a VALUES list.
  const many = Array.from({ length: 70_000 }, (_, i) => ({ n: 70_000 - i }));
  await sql`insert into many (n) select t.n from ${recordset({ n: 'int' }, many)}`.execute(database.db);
  const stored = await sql<{ id: number; n: number }>`select id, n from many order by id`.execute(database.db);
  assert.equal(stored.rows.length, 70_000);
  assert.ok(stored.rows.every((r, i) => r.n === 70_000 - i));
});
