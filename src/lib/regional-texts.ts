// The North Frisian and Low German texts of an item (an event, a participation process) as the API shows
// them: only the fields staff wrote, never a fallback, and never the `lang` of the answer.
import { z } from 'zod';
import { type LocalizedText, regionalLanguages, type RegionalLanguage } from './localized.js';

const regionalText = z.object({ title: z.string(), description: z.string().describe('Markdown') }).partial();

export const apiRegionalTextsSchema = z
  .object({ frr: regionalText, nds: regionalText })
  .partial()
  .describe(
    'Title and description in North Frisian (frr) and Low German (nds) where staff wrote them; they are never the `lang` of the answer',
  );
export type ApiRegionalTexts = z.infer<typeof apiRegionalTextsSchema>;

/** The regional texts of an item's title and description, leaving out languages with neither. */
export function regionalTextsOf(item: { title: LocalizedText; description: LocalizedText | null }): ApiRegionalTexts {
  const out: Partial<Record<RegionalLanguage, { title?: string; description?: string }>> = {};
  for (const l of regionalLanguages) {
    const entry = {
      ...(item.title[l] ? { title: item.title[l] } : {}),
      ...(item.description?.[l] ? { description: item.description[l] } : {}),
    };
    if (Object.keys(entry).length) out[l] = entry;
  }
  return out;
}
