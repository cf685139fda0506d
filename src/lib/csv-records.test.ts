// Reading CSV in pieces must give exactly the records and line numbers of reading it whole, wherever the
// pieces are cut (inside a quoted cell, between \r and \n, inside a multi-byte letter).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CsvStreamError, parseCsvRecords, streamCsvRecords } from './csv-records.js';

const files = ['\uFEFFTitel;Ort\r\nStraße;"Rathaus\r\nplatz"\r\n\r\nBürgerbüro;Flensburg\r\n3;w', 'a,b\n1,2\n\n\n3,"4\n5"\n6,7\n'];

async function streamed(text: string, size: number) {
  const bytes = Buffer.from(text);
  const pieces = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  const records = [];
  for await (const r of streamCsvRecords(pieces)) records.push(r);
  return records;
}

test('pieces of any size give the records and lines of the whole text', async () => {
  for (const text of files) {
    const whole = parseCsvRecords(text);
    assert.ok('records' in whole);
    for (const size of [1, 2, 3, 7, 64, 100_000]) assert.deepEqual(await streamed(text, size), whole.records, `pieces of ${size} bytes`);
  }
});

test('a quote left open stops the stream with the line where its record starts', async () => {
  await assert.rejects(streamed('Titel;Kommune\n"Offen;Flensburg\nweiter', 5), (err: unknown) => {
    assert.ok(err instanceof CsvStreamError);
    assert.equal(err.line, 2);
    return true;
  });
});
