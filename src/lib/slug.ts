// URL slugs from German titles: umlauts transliterated the way Germans write them without umlauts.
const replacements: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', æ: 'ae', ø: 'oe', å: 'aa' };

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .replace(/[äöüßÄÖÜæøå]/g, (c) => replacements[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'vorhaben';
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
