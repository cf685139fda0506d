// The sets a search works with are reused by the next search: a reused set must never carry what the
// last search left in it, and a search that reuses them allocates none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasBit, Scratch, setBit } from './bitset.js';

describe('the sets of one search, reused by the next', () => {
  test('a copy holds what its original holds, and changing it leaves the original alone', () => {
    const scratch = new Scratch();
    const original = new Uint32Array(4);
    setBit(original, 3);
    setBit(original, 100);
    const copy = scratch.copy(original);
    assert.deepEqual([...copy], [...original]);
    setBit(copy, 7);
    assert.equal(hasBit(original, 7), false);
  });

  test('after a search its sets come back, emptied where asked for empty, and no new one is made', () => {
    const scratch = new Scratch();
    const first = scratch.empty(4);
    const second = scratch.copy(Uint32Array.from([1, 2, 3, 4]));
    setBit(first, 5);
    scratch.release();
    const again = [scratch.empty(4), scratch.empty(4)];
    assert.ok(again.includes(first) && again.includes(second), 'the same two sets, not new ones');
    for (const bits of again) assert.deepEqual([...bits], [0, 0, 0, 0]);
    assert.notEqual(scratch.empty(4), first, 'a set still taken is never handed out twice');
  });

  test('once the index has grown, sets of the old length are not handed out', () => {
    const scratch = new Scratch();
    scratch.empty(4);
    scratch.release();
    assert.equal(scratch.empty(8).length, 8);
  });
});
