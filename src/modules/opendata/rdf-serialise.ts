// The catalogue's three serialisations: Turtle (n3), JSON-LD (jsonld, compacted with the namespaces as
// prefixes) and RDF/XML; JSON-LD loads on first use.
import n3 from 'n3';
import { onFirstUse } from '../../lib/on-first-use.js';
import { toRdfXml } from './rdf-xml.js';
import { ns } from './vocabularies.js';

export const rdfFormats = {
  turtle: { mediaType: 'text/turtle', suffix: 'ttl' },
  jsonld: { mediaType: 'application/ld+json', suffix: 'jsonld' },
  rdfxml: { mediaType: 'application/rdf+xml', suffix: 'rdf' },
} as const;
export type RdfFormat = keyof typeof rdfFormats;

const loadJsonLd = onFirstUse<typeof import('jsonld')>('jsonld');

function write(quads: n3.Quad[], format: 'Turtle' | 'N-Quads', prefixes: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new n3.Writer({ format, prefixes });
    writer.addQuads(quads);
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}

export async function serialise(quads: n3.Quad[], format: RdfFormat): Promise<string> {
  if (format === 'turtle') return write(quads, 'Turtle', ns);
  if (format === 'rdfxml') return toRdfXml(quads);
  const jsonld = loadJsonLd();
  const expanded = await jsonld.fromRDF(await write(quads, 'N-Quads'), { format: 'application/n-quads' });
  return JSON.stringify(await jsonld.compact(expanded, { '@context': { ...ns } as Record<string, string> }), null, 2);
}
