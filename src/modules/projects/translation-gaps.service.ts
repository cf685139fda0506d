// Published Vorhaben lacking a Danish or English title or description, for the translation-coverage
// page: only those the person may edit, each with its editor's address.
import type { Db } from '../../db/database.js';
import { type TranslationGapItem, hasGaps, translationGaps } from '../../lib/translation-gaps.js';
import type { Actor } from '../../platform/actor.js';
import { mayOnProject } from './projects.policy.js';
import { publishedProjectsLackingTranslation } from './translation-gaps.repository.js';

export async function projectsLackingTranslation(db: Db, actor: Actor): Promise<TranslationGapItem[]> {
  const rows = await publishedProjectsLackingTranslation(db);
  return rows
    .filter((r) =>
      mayOnProject(
        actor,
        'edit',
        r.municipalities.map((m) => m.slug),
      ),
    )
    .map((r) => ({
      kind: 'project' as const,
      slug: r.slug,
      title: r.title,
      missing: translationGaps({ title: r.title, description: r.description }),
      editPath: `/verwaltung/vorhaben/${r.slug}/bearbeiten`,
    }))
    .filter((item) => hasGaps(item.missing));
}
