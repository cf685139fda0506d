// Search as you type in the in-memory index: which titles are offered for what was typed so far, and in
// which order.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type IndexDoc, RegisterIndex } from './register-index.js';
import { beginsWith } from './text.js';

let nextId = 1;
function doc(title: string, addedOn: string, description = ''): IndexDoc {
  const texts: IndexDoc['texts'] = [{ text: title, lang: 'de', weight: 3 }];
  if (description) texts.push({ text: description, lang: 'de', weight: 2 });
  return { id: nextId++, addedOn, status: 'planned', formal: false, informal: false, municipalities: [], topics: [], places: [], texts };
}

function indexOf(...docs: IndexDoc[]): RegisterIndex {
  const index = new RegisterIndex();
  for (const d of docs) index.put(d);
  return index;
}

const titles = (index: RegisterIndex, typed: string, limit = 8) => index.suggest(typed, limit).map((s) => s.title);

describe('RegisterIndex.suggest', () => {
  const index = indexOf(
    doc('Glasfaser für die Halligen', '2024-03-01'),
    doc('Glasfaserausbau in Husum', '2024-06-01'),
    doc('Hafenspitze mit Glasfaser', '2024-09-01'),
    doc('Neue Bushaltestelle am Hafen', '2024-02-01', 'Mit Sensoren und Glasfaser angebunden.'),
    doc('Straßenbeleuchtung „Nord“', '2024-01-01'),
    doc('Neubau der Schule', '2023-05-01'),
  );

  test('the last word may be unfinished; titles that begin with the typed text come first, then the newest', () => {
    assert.deepEqual(titles(index, 'Glas'), ['Glasfaserausbau in Husum', 'Glasfaser für die Halligen', 'Hafenspitze mit Glasfaser']);
    assert.deepEqual(titles(index, 'Glas', 2), ['Glasfaserausbau in Husum', 'Glasfaser für die Halligen']);
  });

  test('titles only: a word of the description suggests nothing', () => {
    assert.deepEqual(titles(index, 'Sensor'), []);
  });

  test('earlier words are read as the search reads them: compound parts, umlaut spellings, ignored words', () => {
    assert.deepEqual(titles(index, 'Haltestelle am Ha'), ['Neue Bushaltestelle am Hafen']);
    assert.deepEqual(titles(index, 'Strassenbel'), ['Straßenbeleuchtung „Nord“']);
    assert.deepEqual(titles(index, 'Straßenbeleuchtung No'), ['Straßenbeleuchtung „Nord“']);
    // A finished word the search ignores does not empty the list while the next word is being typed.
    assert.deepEqual(titles(index, 'Neubau der'), ['Neubau der Schule']);
    assert.deepEqual(titles(index, 'Neubau der Sch'), ['Neubau der Schule']);
  });

  test('every typed word must be in the title', () => {
    assert.deepEqual(titles(index, 'Glasfaser Hal'), ['Glasfaser für die Halligen']);
    assert.deepEqual(titles(index, 'Glasfaser Xy'), []);
    assert.deepEqual(titles(index, '„“ –'), []);
  });

  test('a Vorhaben taken out or replaced is offered no more, or only as it is now', () => {
    const changing = indexOf(doc('Radweg am Deich', '2024-01-01'), doc('Radstation am Bahnhof', '2024-02-01'));
    const [first] = changing.suggest('Radweg', 8);
    changing.remove(first!.id);
    assert.deepEqual(titles(changing, 'Rad'), ['Radstation am Bahnhof']);
    changing.put({ ...doc('Radweg an der Küste', '2024-03-01'), id: first!.id });
    assert.deepEqual(titles(changing, 'Radw'), ['Radweg an der Küste']);
    // Words that came with the new version are found too.
    assert.deepEqual(titles(changing, 'Küs'), ['Radweg an der Küste']);
  });
});

describe('beginsWith', () => {
  test('compares folded words, whatever separates them', () => {
    assert.equal(beginsWith('Straßenbeleuchtung „Nord“', 'strassenbeleuchtung nord'), true);
    assert.equal(beginsWith('„Radweg“ – Nord', 'radweg no'), true);
    assert.equal(beginsWith('Übergang am Hafen', 'ubergang'), true);
    assert.equal(beginsWith('Ueberweg', 'uberweg'), true);
    assert.equal(beginsWith('Aerosolmessung', 'arosol'), true);
    assert.equal(beginsWith('Sanierung der Schule', 'st'), false);
    assert.equal(beginsWith('Hafenspitze mit Glasfaser', 'glas'), false);
  });
});
