// Content negotiation of the catalogue (RFC 9110 12.5.1): the serialisation the Accept header prefers
// most among Turtle, JSON-LD and RDF/XML; Turtle when it names none of them (or nothing at all), since
// harvesters that send no Accept header expect the default DCAT-AP.de exchange format.
import { rdfFormats, type RdfFormat } from './rdf-serialise.js';

const preference: RdfFormat[] = ['turtle', 'jsonld', 'rdfxml'];

export function negotiateRdf(accept: string | undefined): RdfFormat {
  let best: { format: RdfFormat; q: number } | null = null;
  for (const part of (accept ?? '').split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    const format = preference.find((f) => rdfFormats[f].mediaType === range.trim());
    if (format && (!best || q > best.q)) best = { format, q };
  }
  return best?.format ?? 'turtle';
}
