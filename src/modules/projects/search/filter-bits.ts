// The register's filters as sets of document ordinals, one per filter value: which Vorhaben lie in a
// municipality, have a topic, a status, a kind of participation, concern a place. Filtering is an intersection, a facet
// count the size of one (see bitset.ts).
import type { ParticipationFilter, ProjectFilters } from '../project.types.js';
import { type Bits, countEach, grown, setBit, andInto, type Scratch } from './bitset.js';
import { Codes, FORMAL, INFORMAL, NONE, PARTICIPATION_BIT } from './filter-codes.js';

export interface FacetCounts {
  municipality: Map<string, number>;
  topic: Map<string, number>;
  status: Map<string, number>;
  participation: Map<ParticipationFilter, number>;
  place: Map<string, number>;
}

// "Only with Leichte Sprache" narrows like a facet but is a single choice, not counted per value.
type Facet = keyof FacetCounts | 'plain';
const FACETS: Facet[] = ['municipality', 'topic', 'status', 'participation', 'place', 'plain'];

export interface FilterValues {
  status: string;
  formal: boolean;
  informal: boolean;
  /** Has a summary in Leichte Sprache. */
  plain?: boolean | undefined;
  municipalities: string[];
  topics: string[];
  /** Places below the partners, with the Ämter of linked municipalities. */
  places: string[];
}

export class FilterBits {
  private codes = { municipality: new Codes(), topic: new Codes(), status: new Codes(), place: new Codes() };
  private sets: Record<Facet, Bits[]> = { municipality: [], topic: [], status: [], participation: [], place: [], plain: [] };
  private words = 0;

  /** Room for ordinals up to `words` × 32. */
  grow(words: number): void {
    if (words <= this.words) return;
    this.words = words;
    for (const facet of FACETS) this.sets[facet] = this.sets[facet].map((bits) => grown(bits, words));
  }

  add(ord: number, doc: FilterValues): void {
    for (const m of doc.municipalities) setBit(this.set('municipality', this.codes.municipality.of(m)), ord);
    for (const t of doc.topics) setBit(this.set('topic', this.codes.topic.of(t)), ord);
    for (const p of doc.places) setBit(this.set('place', this.codes.place.of(p)), ord);
    setBit(this.set('status', this.codes.status.of(doc.status)), ord);
    const flags = doc.formal || doc.informal ? (doc.formal ? FORMAL : 0) | (doc.informal ? INFORMAL : 0) : NONE;
    for (const bit of [FORMAL, INFORMAL, NONE]) if (flags & bit) setBit(this.set('participation', bit), ord);
    if (doc.plain) setBit(this.set('plain', 0), ord);
  }

  private set(facet: Facet, code: number): Bits {
    const sets = this.sets[facet];
    while (sets.length <= code) sets.push(new Uint32Array(this.words));
    return sets[code]!;
  }

  /** The set of each chosen filter; a value the index does not know is an empty set. */
  chosen(filters: ProjectFilters, scratch: Scratch): Partial<Record<Facet, Bits>> {
    const empty = () => scratch.empty(this.words);
    const of = (facet: Facet, code: number | undefined) => (code === undefined ? empty() : (this.sets[facet][code] ?? empty()));
    const out: Partial<Record<Facet, Bits>> = {};
    if (filters.municipality) out.municipality = of('municipality', this.codes.municipality.find(filters.municipality));
    if (filters.topic) out.topic = of('topic', this.codes.topic.find(filters.topic));
    if (filters.status) out.status = of('status', this.codes.status.find(filters.status));
    if (filters.participation) out.participation = of('participation', PARTICIPATION_BIT[filters.participation]);
    if (filters.plainLanguage) out.plain = of('plain', 0);
    if (filters.place) out.place = of('place', this.codes.place.find(filters.place));
    return out;
  }

  /** `matching` narrowed by every chosen filter except `but`. */
  narrowed(matching: Bits, chosen: Partial<Record<Facet, Bits>>, scratch: Scratch, but?: Facet): Bits {
    const out = scratch.copy(matching);
    for (const facet of FACETS) if (facet !== but && chosen[facet]) andInto(out, chosen[facet]);
    return out;
  }

  /**
   * Counts for each filter value among the matching Vorhaben, each filter's counts with the other
   * filters applied (as a person choosing that filter next would get).
   */
  facets(matching: Bits, chosen: Partial<Record<Facet, Bits>>, hits: Bits, scratch: Scratch): FacetCounts {
    // The filters not chosen are all counted among the hits, together in one pass; a chosen one among
    // the matches narrowed by the others.
    const counted = new Map<Facet, Int32Array>();
    const amongHits = FACETS.filter((facet) => !chosen[facet]);
    const together = countEach(
      hits,
      amongHits.flatMap((facet) => this.sets[facet]),
    );
    let at = 0;
    for (const facet of amongHits) {
      counted.set(facet, together.subarray(at, at + this.sets[facet].length));
      at += this.sets[facet].length;
    }
    for (const facet of FACETS)
      if (chosen[facet]) counted.set(facet, countEach(this.narrowed(matching, chosen, scratch, facet), this.sets[facet]));
    const countsOf = (facet: Facet) => counted.get(facet)!;
    const named = (facet: 'municipality' | 'topic' | 'status' | 'place') => this.codes[facet].counted(countsOf(facet));
    const participation = countsOf('participation');
    return {
      municipality: named('municipality'),
      topic: named('topic'),
      status: named('status'),
      place: named('place'),
      participation: new Map(
        (Object.entries(PARTICIPATION_BIT) as [ParticipationFilter, number][]).map(([name, bit]) => [name, participation[bit] ?? 0]),
      ),
    };
  }
}
