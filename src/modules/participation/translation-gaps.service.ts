// Published participation processes lacking a Danish or English title or description, for the
// translation-coverage page: only those the person may edit (the rule of the process editor).
import type { Db } from '../../db/database.js';
import { type TranslationGapItem, hasGaps, translationGaps } from '../../lib/translation-gaps.js';
import type { Actor } from '../../platform/actor.js';
import { mayModerate } from '../../platform/contribution-roles.js';
import { publishedProcessesLackingTranslation } from './translation-gaps.repository.js';

export async function processesLackingTranslation(db: Db, actor: Actor): Promise<TranslationGapItem[]> {
  const rows = await publishedProcessesLackingTranslation(db);
  return rows
    .filter((r) =>
      mayModerate(
        actor,
        r.municipalities.map((m) => m.slug),
      ),
    )
    .map((r) => ({
      kind: 'process' as const,
      slug: r.slug,
      title: r.title,
      missing: translationGaps({ title: r.title, description: r.description }),
      editPath: `/verwaltung/beteiligung/prozesse/${r.slug}`,
    }))
    .filter((item) => hasGaps(item.missing));
}
