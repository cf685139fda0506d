import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negotiateRdf } from './negotiate.js';

test('the catalogue answers in the serialisation the Accept header prefers, Turtle by default', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'turtle'],
    ['*/*', 'turtle'],
    ['text/html', 'turtle'],
    ['text/turtle', 'turtle'],
    ['application/ld+json', 'jsonld'],
    ['application/rdf+xml', 'rdfxml'],
    ['application/rdf+xml;q=0.5, application/ld+json;q=0.9, */*;q=0.1', 'jsonld'],
    ['Application/RDF+XML, text/turtle;q=0.8', 'rdfxml'],
    ['application/ld+json;q=0, text/turtle;q=0.2', 'turtle'],
  ];
  for (const [accept, expected] of cases) assert.equal(negotiateRdf(accept), expected, accept);
});
