// Joins a catalogue from its parts (de.ts with de.staff.ts, de.events.ts, …).

type Joined<T extends readonly object[]> = T extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? First & Joined<Rest>
  : unknown;

/**
 * What `{ ...core, ...staff, ... }` makes, built with Object.assign instead: spread into an object
 * literal, V8 adds the 1,500 keys one by one to an object in fast mode and copies its growing
 * property descriptors each time, about 16 MB of short-lived garbage per language at start, which
 * also made the young generation of the heap grow to its maximum (and with it the resident memory of
 * every process). Object.assign allocates about 0.4 MB. A key in two parts: the later part wins, as
 * with spreading.
 */
export function joinCatalogue<T extends readonly object[]>(...parts: T): Joined<T> {
  return Object.assign({}, ...parts) as Joined<T>;
}
