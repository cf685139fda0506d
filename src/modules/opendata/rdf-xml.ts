// RDF/XML from triples, for harvesters that read only RDF/XML (older CKAN set-ups). The catalogue's
// predicates all come from known namespaces, so each becomes a qualified element; one rdf:Description
// per subject, blank nodes by rdf:nodeID, literals with xml:lang or rdf:datatype, everything escaped.
import type n3 from 'n3';
import { ns } from './vocabularies.js';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/\r/g, '&#13;');

function qualifiedName(iri: string): string {
  for (const [prefix, base] of Object.entries(ns)) {
    if (iri.startsWith(base) && /^[A-Za-z_][\w.-]*$/.test(iri.slice(base.length))) return `${prefix}:${iri.slice(base.length)}`;
  }
  throw new Error(`no namespace for predicate ${iri}`);
}

const subjectAttribute = (term: n3.Term) =>
  term.termType === 'BlankNode' ? `rdf:nodeID="${escape(term.value)}"` : `rdf:about="${escape(term.value)}"`;

export function toRdfXml(quads: n3.Quad[]): string {
  const bySubject = new Map<string, n3.Quad[]>();
  for (const q of quads) {
    const key = `${q.subject.termType}:${q.subject.value}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), q]);
  }
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<rdf:RDF'];
  for (const [prefix, base] of Object.entries(ns)) lines.push(`    xmlns:${prefix}="${escape(base)}"`);
  lines[lines.length - 1] += '>';
  for (const group of bySubject.values()) {
    lines.push(`  <rdf:Description ${subjectAttribute(group[0]!.subject)}>`);
    for (const { predicate, object } of group) {
      const name = qualifiedName(predicate.value);
      if (object.termType === 'NamedNode') lines.push(`    <${name} rdf:resource="${escape(object.value)}"/>`);
      else if (object.termType === 'BlankNode') lines.push(`    <${name} rdf:nodeID="${escape(object.value)}"/>`);
      else if (object.termType === 'Literal') {
        const literal = object as n3.Literal;
        const attribute = literal.language
          ? ` xml:lang="${escape(literal.language)}"`
          : literal.datatype.value === `${ns.xsd}string`
            ? ''
            : ` rdf:datatype="${escape(literal.datatype.value)}"`;
        lines.push(`    <${name}${attribute}>${escape(literal.value)}</${name}>`);
      }
    }
    lines.push('  </rdf:Description>');
  }
  lines.push('</rdf:RDF>', '');
  return lines.join('\n');
}
