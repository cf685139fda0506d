// Published events lacking a Danish or English title or description, for the translation-coverage
// page: only those the person may manage, each with its editor's address.
import type { Db } from '../../db/database.js';
import { type TranslationGapItem, hasGaps, translationGaps } from '../../lib/translation-gaps.js';
import type { Actor } from '../../platform/actor.js';
import { mayOnEvent } from './events.policy.js';
import { publishedEventsLackingTranslation } from './translation-gaps.repository.js';

export async function eventsLackingTranslation(db: Db, actor: Actor): Promise<TranslationGapItem[]> {
  const rows = await publishedEventsLackingTranslation(db);
  return rows
    .filter((r) => mayOnEvent(actor, 'manage', r.organiser))
    .map((r) => ({
      kind: 'event' as const,
      slug: r.slug,
      title: r.title,
      missing: translationGaps({ title: r.title, description: r.description }),
      editPath: `/verwaltung/veranstaltungen/${r.slug}/bearbeiten`,
    }))
    .filter((item) => hasGaps(item.missing));
}
