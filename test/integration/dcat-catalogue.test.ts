// The DCAT-AP.de catalogue of the open data (issue 14, point 2): in Turtle, JSON-LD and RDF/XML, by
// suffix and by content negotiation; each serialisation parsed back with an RDF library and validated
// against DCAT-AP 3.0 with GovData's German shapes (test/fixtures/dcat-ap-de) without a violation;
// with the demo data's published Vorhaben, events, processes, partners and programme figures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import jsonld from 'jsonld';
import n3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { DATA_LICENSES } from '../../src/lib/data-licenses.js';
import { locales } from '../../src/lib/localized.js';
import { catalogueQuads } from '../../src/modules/opendata/dcat-graph.js';
import { openDatasets } from '../../src/modules/opendata/index.js';
import { cliActor } from '../../src/platform/actor.js';
import { publishEdition } from '../../src/modules/editions/editions.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

const fixtures = new URL('../fixtures/dcat-ap-de/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const { namedNode } = n3.DataFactory;

const parseTurtle = (text: string, baseIRI?: string) => new n3.Parser({ baseIRI }).parse(text);
function parseRdfXml(text: string, baseIRI: string): Promise<n3.Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: n3.Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI, dataFactory: n3.DataFactory });
    parser.on('data', (q: n3.Quad) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.end(text);
  });
}
async function parseJsonLd(text: string): Promise<n3.Quad[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(text) as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
  return new n3.Parser({ format: 'N-Quads' }).parse(nquads);
}

const shapes = new n3.Store(
  [
    'shacl-3.0/dcat-ap-SHACL.ttl',
    'shacl-3.0/dcat-ap-SHACL-DE.ttl',
    'shacl-3.0/dcat-ap-spec-german-additions.ttl',
    'shacl-3.0/dcat-ap-de-controlledvocabularies.ttl',
    'shacl-3.0/dcat-ap-de-deprecated.ttl',
  ].flatMap((file) => parseTurtle(read(file))),
);
let vocabularies: n3.Quad[] = [];

async function validate(quads: n3.Quad[]) {
  const data = new n3.Store([...quads, ...vocabularies]);
  const report = await new SHACLValidator(shapes).validate(data);
  const severity = (r: { severity: { value: string } | null }) => r.severity?.value.replace('http://www.w3.org/ns/shacl#', '');
  const violations = report.results
    .filter((r) => severity(r) === 'Violation')
    .map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join(' ')}`);
  return { violations, warnings: report.results.filter((r) => severity(r) === 'Warning').length };
}

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const base = 'http://lotse.test/api/v1/dcat#';

describe('the DCAT-AP.de catalogue', () => {
  let t: TestApp;
  const get = (url: string, accept?: string) => t.app.inject({ method: 'GET', url, headers: accept ? { accept } : {} });
  before(async () => {
    t = await startTestApp('demo');
    vocabularies = [
      ...parseTurtle(read('vocabularies/eu-authority-excerpt.ttl')),
      ...(await parseRdfXml(read('vocabularies/dcat-ap-de-licenses-open.rdf'), 'http://dcat-ap.de/def/licenses')),
    ];
  });
  after(() => t.close());

  test('Turtle, JSON-LD and RDF/XML parse back to the same graph, which conforms to DCAT-AP.de 3.0', async () => {
    const ttl = await get('/api/v1/dcat.ttl');
    assert.equal(ttl.statusCode, 200);
    assert.match(String(ttl.headers['content-type']), /^text\/turtle/);
    const ld = await get('/api/v1/dcat.jsonld');
    assert.match(String(ld.headers['content-type']), /^application\/ld\+json/);
    const xml = await get('/api/v1/dcat.rdf');
    assert.match(String(xml.headers['content-type']), /^application\/rdf\+xml/);

    const graphs = {
      turtle: parseTurtle(ttl.body),
      jsonld: await parseJsonLd(ld.body),
      rdfxml: await parseRdfXml(xml.body, 'http://lotse.test/api/v1/dcat'),
    };
    const size = graphs.turtle.length;
    assert.ok(size > 200, `a catalogue of substance (${size} triples)`);
    for (const [name, quads] of Object.entries(graphs)) {
      assert.equal(quads.length, size, `${name}: as many triples as the Turtle`);
      const { violations } = await validate(quads);
      assert.deepEqual(violations, [], `${name}: no violation`);
    }
  });

  test('the datasets, with distributions, licence, publisher, contact, coverage, dates and themes from the data', async () => {
    const store = new n3.Store(parseTurtle((await get('/api/v1/dcat')).body));
    const terms = (s: string | n3.Term, p: string) => store.getObjects(typeof s === 'string' ? namedNode(s) : s, namedNode(p), null);
    const objects = (s: string | n3.Term, p: string) => terms(s, p).map((o) => o.value);
    const datasets = objects(`${base}catalog`, `${DCAT}dataset`).sort();
    assert.deepEqual(
      datasets,
      ['beteiligungsverfahren', 'partner', 'programmzahlen', 'veranstaltungen', 'vorhabenliste'].map((k) => base + k),
    );
    assert.ok(store.has(n3.DataFactory.quad(namedNode(`${base}catalog`), RDF_TYPE, namedNode(`${DCAT}Catalog`))));

    const ds = `${base}vorhabenliste`;
    assert.deepEqual(
      objects(ds, `${DCAT}distribution`)
        .map((d) => objects(d, `${DCAT}downloadURL`)[0])
        .sort(),
      [
        'http://lotse.test/api/v1/projects',
        'http://lotse.test/api/v1/projects.csv',
        'http://lotse.test/api/v1/projects.geojson',
        'http://lotse.test/de/vorhaben/feed.atom',
      ],
    );
    for (const d of objects(ds, `${DCAT}distribution`))
      assert.deepEqual(objects(d, `${DCT}license`), ['http://dcat-ap.de/def/licenses/dl-by-de/2.0']);
    assert.deepEqual(
      objects(`${base}veranstaltungen`, `${DCAT}distribution`)
        .flatMap((d) => objects(d, `${DCAT}mediaType`))
        .sort(),
      ['application/atom+xml', 'application/json', 'text/calendar'].map((m) => `https://www.iana.org/assignments/media-types/${m}`),
    );
    assert.deepEqual(objects(objects(ds, `${DCT}publisher`)[0]!, 'http://xmlns.com/foaf/0.1/name').length, 1);
    assert.equal(objects(ds, `${DCAT}contactPoint`).length, 1);
    assert.deepEqual(objects(ds, 'http://dcat-ap.de/def/dcatde/politicalGeocodingURI').sort(), [
      'http://dcat-ap.de/def/politicalGeocoding/districtKey/01001',
      'http://dcat-ap.de/def/politicalGeocoding/districtKey/01054',
      'http://dcat-ap.de/def/politicalGeocoding/districtKey/01059',
    ]);
    assert.deepEqual(objects(ds, `${DCAT}theme`).sort(), [
      'http://publications.europa.eu/resource/authority/data-theme/GOVE',
      'http://publications.europa.eu/resource/authority/data-theme/REGI',
    ]);

    // Modified: the newest change of a published Vorhaben; temporal coverage from the data.
    const newest = await t.db
      .selectFrom('projects')
      .where('publication_state', '=', 'published')
      .select((eb) => eb.fn.max('updated_at').as('m'))
      .executeTakeFirstOrThrow();
    assert.equal(objects(ds, `${DCT}modified`)[0], new Date(newest.m as Date).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    const period = terms(ds, `${DCT}temporal`)[0]!;
    assert.match(objects(period, `${DCAT}startDate`)[0] ?? '', /^\d{4}-\d{2}-\d{2}$/);
    const events = terms(`${base}veranstaltungen`, `${DCT}temporal`)[0]!;
    assert.match(objects(events, `${DCAT}endDate`)[0] ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(objects(`${base}catalog`, `${DCT}title`).length, locales.length, 'a title in every interface language');
  });

  test('content negotiation: Turtle by default, JSON-LD and RDF/XML when asked for', async () => {
    const plain = await get('/api/v1/dcat');
    assert.match(String(plain.headers['content-type']), /^text\/turtle/);
    assert.equal(plain.headers.vary, 'Accept');
    assert.match(String((await get('/api/v1/dcat', 'application/ld+json')).headers['content-type']), /^application\/ld\+json/);
    assert.match(
      String((await get('/api/v1/dcat', 'application/rdf+xml, text/turtle;q=0.5')).headers['content-type']),
      /^application\/rdf\+xml/,
    );
    assert.match(String((await get('/api/v1/dcat', 'text/turtle')).headers['content-type']), /^text\/turtle/);
    assert.equal((await get('/api/v1/dcat.ttl')).headers.link, '<https://www.govdata.de/dl-de/by-2-0>; rel="license"');
  });

  test('the open-data page lists the datasets with their formats, the catalogue, the feeds and examples; OpenAPI names the catalogue', async () => {
    const de = (await get('/de/offene-daten')).body;
    assert.match(de, /<caption[^>]*>Datensätze und ihre Formate<\/caption>/);
    assert.match(de, /<a class="kern-link" href="\/de\/vorhaben">Vorhabenliste<\/a>/);
    assert.match(de, /<a class="kern-link" href="\/api\/v1\/projects\.csv" type="text\/csv">CSV<\/a>/);
    assert.match(de, /<a class="kern-link" href="\/api\/v1\/events\.ics" type="text\/calendar">iCalendar<\/a>/);
    assert.match(de, /<a class="kern-link" href="\/de\/beteiligung\/feed\.atom" type="application\/atom\+xml">Atom<\/a>/);
    assert.match(de, /<h2 class="kern-heading-medium" id="catalogue-heading">Katalog für Datenportale \(DCAT-AP\.de\)<\/h2>/);
    for (const suffix of ['ttl', 'jsonld', 'rdf']) assert.match(de, new RegExp(`href="/api/v1/dcat\\.${suffix}"`));
    assert.match(de, /href="\/de\/vorhaben\/feed\.atom\?municipality=nordfriesland&amp;topic=mobilitaet" type="application\/atom\+xml"/);
    assert.match(de, /curl -H 'Accept: application\/ld\+json' 'http:\/\/lotse\.test\/api\/v1\/dcat'/);
    assert.match(de, /curl -o vorhabenliste\.csv/);
    const en = (await get('/en/offene-daten')).body;
    assert.match(en, /<a class="kern-link" href="\/en\/veranstaltungen">Events<\/a>/);
    assert.match(en, /href="\/en\/vorhaben\/feed\.atom" type="application\/atom\+xml"><code>/);
    assert.match(en, /Catalogue for data portals \(DCAT-AP\.de\)/);

    const openapi = JSON.parse((await get('/api/v1/openapi.json')).body) as { paths: Record<string, unknown> };
    for (const path of ['/api/v1/dcat', '/api/v1/dcat.ttl', '/api/v1/dcat.jsonld', '/api/v1/dcat.rdf'])
      assert.ok(path in openapi.paths, path);
  });

  test('each edition of the list is a dataset of its own, with its CSV and PDF, and still conforms', async () => {
    const number = await publishEdition(t.db, cliActor, { date: '2026-11-30', reference: 'RV-83/2023', url: null, projectSlug: null });
    const ttl = (await get('/api/v1/dcat.ttl')).body;
    const quads = parseTurtle(ttl);
    const store = new n3.Store(quads);
    const objects = (s: string, p: string) => store.getObjects(namedNode(s), namedNode(p), null).map((o) => o.value);
    const ds = `${base}fortschreibung-${number}`;
    assert.ok(objects(`${base}catalog`, `${DCAT}dataset`).includes(ds));
    assert.deepEqual(
      objects(ds, `${DCAT}distribution`)
        .map((d) => objects(d, `${DCAT}downloadURL`)[0])
        .sort(),
      [
        `http://lotse.test/de/vorhabenliste/fortschreibungen/${number}/vorhabenliste.csv`,
        `http://lotse.test/de/vorhabenliste/fortschreibungen/${number}/vorhabenliste.pdf`,
      ],
    );
    assert.deepEqual(objects(ds, `${DCT}accrualPeriodicity`), ['http://publications.europa.eu/resource/authority/frequency/NEVER']);
    assert.ok(objects(ds, `${DCT}title`).some((title) => title.includes('RV-83/2023') || title.includes(`Fortschreibung ${number}`)));
    const { violations } = await validate(quads);
    assert.deepEqual(violations, []);
    // The addresses in the catalogue answer.
    assert.equal((await get(`/de/vorhabenliste/fortschreibungen/${number}/vorhabenliste.csv`)).statusCode, 200);
  });
});

test('another licence of the setting is named on every distribution, without an attribution text; empty datasets stay valid', async () => {
  const quads = catalogueQuads({
    baseUrl: 'https://lotse.example',
    title: { de: 'Offene Daten' },
    description: { de: 'Alles' },
    license: DATA_LICENSES['cc-zero'],
    publisher: { name: 'Agentur', website: null },
    areas: [],
    datasets: openDatasets.map((dataset) => ({ dataset, dates: { modified: null, issued: null, coverage: { start: null, end: null } } })),
  });
  const licences = new Set(quads.filter((q) => q.predicate.value === `${DCT}license`).map((q) => q.object.value));
  assert.deepEqual([...licences], ['http://dcat-ap.de/def/licenses/cc-zero']);
  assert.equal(quads.filter((q) => q.predicate.value.endsWith('licenseAttributionByText')).length, 0);
  assert.deepEqual((await validate(quads)).violations, []);
});
