// The "Kommune" column names the partner municipalities in prose ("Stadt Flensburg, Kreis
// Schleswig-Flensburg"). Matching is by whole name only: "Schleswig-Flensburg" contains
// "Flensburg" but is another municipality, so a substring match would be wrong.
import type { DecisionBody } from '../decisions/index.js';

export interface MunicipalityName {
  slug: string;
  name: string;
  aliases: string[];
}

/** A municipality with the council bodies whose decisions the import recognises. */
export interface KnownMunicipality extends MunicipalityName {
  bodies: DecisionBody[];
}

export interface MunicipalityMatch {
  slugs: string[];
  unknown: string[];
}

// "&" and "/" split without spaces around them; the word conjunctions only as whole words, and not
// after a hyphen ("Nord- und Südstadt" would be one name in two halves).
const separator = /[,;/&\n\r]|(?<![-‐–]\s*)\s+(?:und|and|sowie|og)\s+/iu;

// Words that say what kind of body a name is, and articles from running text ("mit dem Kreis
// Nordfriesland"). Danish names put the kind last ("Flensborg Kommune").
const leadingWords =
  /^(?:(?:stadt|städte|kreisfreie|kreis|kreise|landkreis|landkreise|hansestadt|gemeinde|gemeinden|amt|ämter|der|die|das|dem|den|des|city|town|district|municipality|of|the)\s+)+/u;
const trailingWords = /\s+(?:kommune|kommun)$/u;

function normalise(text: string): string {
  let key = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*([-‐–])\s*/g, '-')
    .replace(/^[\s.,:()"'„“]+|[\s.,:()"'„“]+$/g, '');
  // Strip only while something is left, so a municipality called just "Amt" would still match.
  let previous = '';
  while (previous !== key) {
    previous = key;
    const stripped = key.replace(leadingWords, '').replace(trailingWords, '');
    if (stripped !== '') key = stripped;
  }
  return key;
}

function buildIndex(municipalities: MunicipalityName[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const municipality of municipalities) {
    for (const name of [municipality.name, ...municipality.aliases, municipality.slug]) {
      const key = normalise(name);
      // The first municipality to claim a key keeps it; the configuration order decides.
      if (key !== '' && !index.has(key)) index.set(key, municipality.slug);
    }
  }
  return index;
}

export function matchMunicipalities(text: string, municipalities: MunicipalityName[]): MunicipalityMatch {
  const index = buildIndex(municipalities);
  const slugs: string[] = [];
  const unknown: string[] = [];
  for (const piece of text.split(separator)) {
    const written = piece.trim();
    const key = normalise(written);
    if (key === '' || !/[\p{L}\p{N}]/u.test(key)) continue;
    const slug = index.get(key);
    if (slug !== undefined) {
      if (!slugs.includes(slug)) slugs.push(slug);
    } else if (!unknown.includes(written)) {
      unknown.push(written);
    }
  }
  return { slugs, unknown };
}
