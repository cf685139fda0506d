// The index's sets against plain counting: for random Vorhaben, searches and filters, the total, the facet
// counts and the first page equal what filtering every Vorhaben one by one gives, before and after
// Vorhaben are edited and withdrawn (frequent words are kept as sets and must follow the edits).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProjectFilters } from '../project.types.js';
import { type IndexDoc, RegisterIndex } from './register-index.js';
import { count, countBoth, ordinalsOf, setBit } from './bitset.js';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Radweg', 'Schule', 'Hafen', 'Sensor', 'Glasfaser', 'Bücherei', 'Wärmenetz', 'Spielplatz'];
const MUNIS = ['flensburg', 'husum', 'schleswig'];
const TOPICS = ['mobilitaet', 'bildung', 'klima'];
const PLACES = ['tarp', 'amt-oeversee', 'flensburg-muerwik', 'leck'];
const STATUSES = ['planned', 'completed'] as const;

function makeDoc(id: number, next: () => number): IndexDoc {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const formal = next() < 0.3;
  const informal = next() < 0.3;
  return {
    id,
    addedOn: `2024-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
    status: pick(STATUSES),
    formal,
    informal,
    municipalities: next() < 0.2 ? [pick(MUNIS), pick(MUNIS)] : [pick(MUNIS)],
    topics: next() < 0.1 ? [] : [pick(TOPICS)],
    places: next() < 0.3 ? [] : next() < 0.2 ? [pick(PLACES), pick(PLACES)] : [pick(PLACES)],
    texts: [
      { text: `${pick(WORDS)} ${id}`, lang: 'de', weight: 3 },
      { text: `${pick(WORDS)} und ${pick(WORDS)}`, lang: 'de', weight: 2 },
    ],
    plain: next() < 0.25,
  };
}

const holds = (d: IndexDoc, word: string) => d.texts.some((t) => t.text.split(' ').includes(word));
const participationOf = (d: IndexDoc) =>
  d.formal || d.informal ? [...(d.formal ? ['formal'] : []), ...(d.informal ? ['informal'] : [])] : ['none'];

/** Counting one by one: which Vorhaben match the word and every filter but `skip`. */
function plain(docs: Map<number, IndexDoc>, f: ProjectFilters, skip?: string): IndexDoc[] {
  return [...docs.values()].filter(
    (d) =>
      (!f.q || holds(d, f.q)) &&
      (skip === 'municipality' || !f.municipality || d.municipalities.includes(f.municipality)) &&
      (skip === 'topic' || !f.topic || d.topics.includes(f.topic)) &&
      (skip === 'status' || !f.status || d.status === f.status) &&
      (skip === 'participation' || !f.participation || participationOf(d).includes(f.participation)) &&
      (!f.plainLanguage || !!d.plain) &&
      (skip === 'place' || !f.place || d.places.includes(f.place)),
  );
}

function check(index: RegisterIndex, docs: Map<number, IndexDoc>, next: () => number) {
  for (let i = 0; i < 60; i++) {
    const f: ProjectFilters = {};
    if (next() < 0.8) f.q = WORDS[Math.floor(next() * WORDS.length)]!;
    if (next() < 0.5) f.municipality = MUNIS[Math.floor(next() * MUNIS.length)]!;
    if (next() < 0.4) f.topic = TOPICS[Math.floor(next() * TOPICS.length)]!;
    if (next() < 0.3) f.status = STATUSES[Math.floor(next() * STATUSES.length)];
    if (next() < 0.3) f.participation = (['formal', 'informal', 'none'] as const)[Math.floor(next() * 3)]!;
    if (next() < 0.25) f.plainLanguage = true;
    if (next() < 0.3) f.place = PLACES[Math.floor(next() * PLACES.length)]!;
    const result = index.search(f, { offset: 0, limit: 20 });
    const facets = result.facets!;
    const expected = plain(docs, f);
    assert.equal(result.total, expected.length, JSON.stringify(f));
    for (const m of MUNIS)
      assert.equal(facets.municipality.get(m) ?? 0, plain(docs, f, 'municipality').filter((d) => d.municipalities.includes(m)).length);
    for (const t of TOPICS) assert.equal(facets.topic.get(t) ?? 0, plain(docs, f, 'topic').filter((d) => d.topics.includes(t)).length);
    for (const s of STATUSES) assert.equal(facets.status.get(s) ?? 0, plain(docs, f, 'status').filter((d) => d.status === s).length);
    for (const p of PLACES) assert.equal(facets.place.get(p) ?? 0, plain(docs, f, 'place').filter((d) => d.places.includes(p)).length);
    for (const p of ['formal', 'informal', 'none'] as const)
      assert.equal(facets.participation.get(p), plain(docs, f, 'participation').filter((d) => participationOf(d).includes(p)).length);
    // One word: those with it in their title first, then those with it in their text, each newest first.
    const newest = (a: IndexDoc, b: IndexDoc) => b.addedOn.localeCompare(a.addedOn) || b.id - a.id;
    const inTitle = (d: IndexDoc) => d.texts[0]!.text.startsWith(`${f.q} `);
    const order = f.q
      ? [...expected.filter(inTitle).sort(newest), ...expected.filter((d) => !inTitle(d)).sort(newest)]
      : [...expected].sort(newest);
    assert.deepEqual(
      result.ids,
      order.slice(0, 20).map((d) => d.id),
      JSON.stringify(f),
    );
    if (!f.q)
      assert.deepEqual(
        index.search(f, { offset: 20, limit: 20 }).ids,
        order.slice(20, 40).map((d) => d.id),
        JSON.stringify(f),
      );
    // The API pages by id: the first ids above the last one of the page before.
    const after = Math.floor(next() * 3400);
    assert.deepEqual(
      index.search(f, { offset: 0, limit: 10, order: 'id', afterId: after }).ids,
      expected
        .map((d) => d.id)
        .filter((id) => id > after)
        .sort((a, b) => a - b)
        .slice(0, 10),
      `${JSON.stringify(f)} after ${after}`,
    );
  }
}

describe('RegisterIndex.search against counting one by one', () => {
  test('totals, facet counts and the first page, after edits and withdrawals too', () => {
    const next = random(20261207);
    const index = new RegisterIndex();
    const docs = new Map<number, IndexDoc>();
    for (let id = 1; id <= 3000; id++) docs.set(id, makeDoc(id, next));
    for (const d of docs.values()) index.put(d);
    check(index, docs, next);
    for (let i = 0; i < 800; i++) {
      const id = 1 + Math.floor(next() * 3400);
      if (next() < 0.3) {
        docs.delete(id);
        index.remove(id);
      } else {
        const d = makeDoc(id, next);
        docs.set(id, d);
        index.put(d);
      }
    }
    check(index, docs, next);
  });
});

describe('ranking by titles', () => {
  test('a rare word in a text outranks a common compound part in titles', () => {
    const index = new RegisterIndex();
    const doc = (id: number, title: string, description: string): IndexDoc => ({
      id,
      addedOn: '2024-01-01',
      status: 'planned',
      formal: false,
      informal: false,
      municipalities: [],
      topics: [],
      places: [],
      texts: [
        { text: title, lang: 'de', weight: 3 },
        { text: description, lang: 'de', weight: 2 },
      ],
    });
    for (let id = 1; id <= 30; id++) index.put(doc(id, `Neue Bushaltestelle ${id}`, 'Mit Dach'));
    index.put(doc(31, 'Umbau am Markt', 'Die Haltestelle zieht um'));
    const { ids, total } = index.search({ q: 'Haltestelle' }, { offset: 0, limit: 20 });
    assert.equal(total, 31);
    assert.equal(ids[0], 31);
  });
});

describe('ranking by score classes against scoring every hit', () => {
  // Titles, descriptions and other texts from words with stems, compound parts and shared description
  // words: hits fall into several levels per word, and many hits score alike (ties newest first).
  const VOCABULARY = ['Radweg', 'Radwege', 'Radwegebau', 'Schulweg', 'Haltestelle', 'Bushaltestelle', 'Schule', 'Schulen', 'Hafen'];
  const SHARED = ['Ergebnisse', 'Partnerinnen', 'Einwohner'];
  const QUERIES = [...VOCABULARY, ...SHARED, 'Haltestellen', 'Radwegbau', 'Hafn', 'Schulwege'];

  // Words in a few hundred of many Vorhaben: their documents per field are lists, kept between searches.
  const RARE = ['Glasfaser', 'Ladesäule', 'Bürgerbüro', 'Spielplatz'];

  function docOf(id: number, next: () => number, rare = 0): IndexDoc {
    const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
    const words = (n: number, list: string[]) => Array.from({ length: n }, () => pick(list)).join(' ');
    return {
      id,
      addedOn: `2025-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 3)}`,
      status: pick(['planned', 'completed']),
      formal: next() < 0.5,
      informal: false,
      municipalities: [pick(MUNIS)],
      topics: [],
      places: [],
      texts: [
        { text: `${words(1 + Math.floor(next() * 2), VOCABULARY)} ${id}`, lang: 'de', weight: 3 },
        {
          text: `${words(Math.floor(next() * 3), VOCABULARY)} ${next() < 0.9 ? SHARED.join(' ') : ''} ${next() < rare ? pick(RARE) : ''}`,
          lang: 'de',
          weight: 2,
        },
        ...(next() < rare ? [{ text: pick(RARE), lang: 'de' as const, weight: 3 as const }] : []),
        ...(next() < 0.5 ? [{ text: words(2, [...VOCABULARY, ...SHARED]), lang: 'de' as const, weight: 1 as const }] : []),
      ],
    };
  }

  function compare(fast: RegisterIndex, reference: RegisterIndex, next: () => number, queries = QUERIES, searches = 300) {
    const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
    for (let i = 0; i < searches; i++) {
      const r = next();
      const q =
        r < 0.4
          ? pick(queries)
          : r < 0.7
            ? `${pick(queries)} ${pick(queries)}`
            : r < 0.8
              ? `${pick(queries)} or ${pick(queries)}`
              : r < 0.9
                ? `${pick(queries)} ${pick(queries)} ${pick(queries)}`
                : `${pick(queries)} -${pick(VOCABULARY)}`;
      const f: ProjectFilters = { q };
      if (next() < 0.3) f.municipality = pick(MUNIS);
      if (next() < 0.2) f.participation = 'formal';
      const page = { offset: 20 * Math.floor(next() * 4), limit: 20 };
      const expected = reference.search(f, page);
      const got = fast.search(f, page);
      assert.equal(got.total, expected.total, JSON.stringify(f));
      assert.deepEqual(got.ids, expected.ids, `${JSON.stringify(f)} ${JSON.stringify(page)}`);
    }
  }

  /** The index as it answers, and one that scores every hit, fed the same Vorhaben. */
  function twoIndexes() {
    const fast = new RegisterIndex();
    const reference = new RegisterIndex({ scoreEveryHit: true });
    const put = (d: IndexDoc) => {
      fast.put(d);
      reference.put(d);
    };
    return { fast, reference, put };
  }

  test('the same pages for one, two and three words, "or", exclusions, filters and later pages, after edits too', () => {
    const next = random(20261208);
    const { fast, reference, put } = twoIndexes();
    for (let id = 1; id <= 2500; id++) put(docOf(id, next));
    compare(fast, reference, next);
    for (let i = 0; i < 600; i++) {
      const id = 1 + Math.floor(next() * 2800);
      if (next() < 0.3) {
        fast.remove(id);
        reference.remove(id);
      } else put(docOf(id, next));
    }
    compare(fast, reference, next);
  });

  test('words in a few hundred of 12,000 Vorhaben: the same pages, also after they were added to more', () => {
    const next = random(20261207);
    const { fast, reference, put } = twoIndexes();
    for (let id = 1; id <= 12_000; id++) put(docOf(id, next, 0.05));
    const queries = [...RARE, ...RARE.map((w) => `${w} Hafen`), 'Glasfaser Ladesäule'];
    compare(fast, reference, next, queries, 100);
    // Filed under those words anew: the lists kept from the searches above must follow.
    for (let i = 0; i < 400; i++) put(docOf(1 + Math.floor(next() * 12_500), next, 0.8));
    compare(fast, reference, next, queries, 100);
  });
});

describe('bit sets', () => {
  test('count, count of both and the members, across word boundaries', () => {
    const a = new Uint32Array(4);
    const b = new Uint32Array(4);
    for (const ord of [0, 31, 32, 63, 64, 100, 127]) setBit(a, ord);
    for (const ord of [31, 64, 99, 127]) setBit(b, ord);
    assert.equal(count(a), 7);
    assert.equal(countBoth(a, b), 3);
    assert.deepEqual([...ordinalsOf(a)], [0, 31, 32, 63, 64, 100, 127]);
  });
});
