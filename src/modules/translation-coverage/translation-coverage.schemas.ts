// The filter of the translation-coverage page: a language (da, en) and a kind of content; anything
// else is read as "all".
import { z } from 'zod';
import { contentKinds, translationLanguages } from '../../lib/translation-gaps.js';

export const coverageQuery = z.object({
  sprache: z.enum(translationLanguages).optional().catch(undefined),
  art: z.enum(contentKinds).optional().catch(undefined),
});
