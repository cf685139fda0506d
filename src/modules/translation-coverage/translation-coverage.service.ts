// Translation coverage: the published Vorhaben, events and participation processes whose title or
// description lacks a Danish or English text. Each module answers for its own items (and for who may
// edit them); this module only puts the answers together and filters them.
import type { Db } from '../../db/database.js';
import { forbidden } from '../../lib/errors.js';
import { type ContentKind, type TranslationGapItem, type TranslationLanguage, hasGaps } from '../../lib/translation-gaps.js';
import type { Actor } from '../../platform/actor.js';
import { eventsLackingTranslation } from '../events/index.js';
import { processesLackingTranslation } from '../participation/index.js';
import { projectsLackingTranslation } from '../projects/index.js';
import { mayReviewTranslations } from './translation-coverage.policy.js';

export interface CoverageFilter {
  language?: TranslationLanguage | undefined;
  kind?: ContentKind | undefined;
}

async function allGaps(db: Db, actor: Actor): Promise<TranslationGapItem[]> {
  const parts = await Promise.all([
    projectsLackingTranslation(db, actor),
    eventsLackingTranslation(db, actor),
    processesLackingTranslation(db, actor),
  ]);
  return parts.flat();
}

export async function translationCoverage(db: Db, actor: Actor, filter: CoverageFilter): Promise<TranslationGapItem[]> {
  if (!mayReviewTranslations(actor)) throw forbidden();
  return (await allGaps(db, actor)).filter((i) => (!filter.kind || i.kind === filter.kind) && hasGaps(i.missing, filter.language));
}

/** For the back-office dashboard: how many items the person could translate; null when the page is not theirs. */
export async function translationGapCount(db: Db, actor: Actor): Promise<number | null> {
  if (!mayReviewTranslations(actor)) return null;
  return (await allGaps(db, actor)).length;
}
