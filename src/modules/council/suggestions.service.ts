// Decision suggestions of a municipality: papers that mention a Vorhaben's decision reference or its
// title but are linked to none of its decisions. Staff confirm one (a decision without a paper gets it,
// or a new decision with the paper's reference is added to the Vorhaben) or dismiss it for good.
import type { Db } from '../../db/database.js';
import { notifyChange } from '../../db/change-notifier.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { appendDecision, decisionKey, decisionsWithoutPaper, parseDecisions, setDecisionPapers } from '../decisions/index.js';
import { managedSettings } from './council.service.js';
import { confirmPaper, dismissSuggestion, suggestions } from './suggestions.repository.js';

export interface SuggestionView {
  projectId: number;
  projectSlug: string;
  projectTitle: LocalizedText;
  paperId: number;
  paper: { reference: string | null; name: string | null; web: string | null; date: string | null };
  mentions: string;
  /** Decisions of the Vorhaben without a paper: the paper may belong to one of them. */
  decisions: { id: number; text: string }[];
}

export interface SuggestionsPageView {
  slug: string;
  name: string;
  suggestions: SuggestionView[];
}

export async function councilSuggestions(db: Db, actor: Actor, slug: string): Promise<SuggestionsPageView> {
  const settings = await managedSettings(db, actor, slug);
  const rows = await suggestions(db, settings.municipality_id, settings.body_url);
  const open = new Map<number, { id: number; text: string }[]>();
  for (const projectId of new Set(rows.map((r) => r.project_id)))
    open.set(
      projectId,
      (await decisionsWithoutPaper(db, projectId)).map((d) => ({ id: d.id, text: decisionKey(d) })),
    );
  return {
    slug: settings.slug,
    name: settings.name,
    suggestions: rows.map((r) => ({
      projectId: r.project_id,
      projectSlug: r.project_slug,
      projectTitle: r.project_title,
      paperId: r.paper_id,
      paper: { reference: r.paper_reference, name: r.paper_name, web: r.paper_web, date: r.paper_date },
      mentions: r.mentions,
      decisions: open.get(r.project_id) ?? [],
    })),
  };
}

/** `decision`: the id of a decision of the Vorhaben without a paper, or 'new' to add one. */
export async function confirmSuggestion(
  db: Db,
  actor: Actor,
  slug: string,
  target: { projectId: number; paperId: number; decision: number | 'new' },
): Promise<void> {
  const settings = await managedSettings(db, actor, slug);
  await db.transaction().execute(async (trx) => {
    const [suggestion] = await suggestions(trx, settings.municipality_id, settings.body_url, target);
    if (!suggestion) throw notFound('suggestion');
    let decisionText: string;
    if (target.decision === 'new') {
      if (!suggestion.paper_reference) throw new AppError(400, 'paper_without_reference', 'council.suggestions.noReference');
      const [parsed] = parseDecisions(suggestion.paper_reference, settings.decision_bodies);
      decisionText = suggestion.paper_reference;
      await appendDecision(
        trx,
        target.projectId,
        {
          raw: suggestion.paper_reference,
          reference: parsed?.reference ?? null,
          body: parsed?.body ?? null,
          bodyName: parsed?.bodyName ?? null,
          number: parsed?.number ?? null,
          year: parsed?.year ?? null,
          supplement: parsed?.supplement ?? null,
          date: suggestion.paper_date,
        },
        target.paperId,
      );
      const key = parsed
        ? decisionKey({ reference: parsed.reference, supplement: parsed.supplement, raw: suggestion.paper_reference })
        : null;
      await confirmPaper(trx, target.projectId, key ?? suggestion.paper_reference, target.paperId);
    } else {
      const decision = (await decisionsWithoutPaper(trx, target.projectId)).find((d) => d.id === target.decision);
      if (!decision) throw new AppError(400, 'unknown_decision', 'council.suggestions.unknownDecision');
      decisionText = decisionKey(decision);
      // Linked only while still without a paper: a sync that linked it meanwhile wins, as the list said.
      const linked = await setDecisionPapers(trx, [{ id: decision.id, paperId: target.paperId, expected: null }]);
      if (linked === 0) throw new AppError(400, 'unknown_decision', 'council.suggestions.unknownDecision');
      await confirmPaper(trx, target.projectId, decisionText, target.paperId);
    }
    await recordAudit(trx, actor, {
      action: 'council.suggestion.confirm',
      entityType: 'project',
      entityId: suggestion.project_slug,
      summary: `${decisionText}: ${suggestion.paper_reference ?? suggestion.paper_name ?? ''}`,
      before: null,
      after: { decision: target.decision === 'new' ? 'new' : decisionText, paper: suggestion.paper_reference, paperId: target.paperId },
    });
    await notifyChange(trx);
  });
}

export async function dismissCouncilSuggestion(
  db: Db,
  actor: Actor,
  slug: string,
  target: { projectId: number; paperId: number },
): Promise<void> {
  const settings = await managedSettings(db, actor, slug);
  await db.transaction().execute(async (trx) => {
    const [suggestion] = await suggestions(trx, settings.municipality_id, settings.body_url, target);
    if (!suggestion) throw notFound('suggestion');
    await dismissSuggestion(trx, target.projectId, target.paperId);
    await recordAudit(trx, actor, {
      action: 'council.suggestion.dismiss',
      entityType: 'project',
      entityId: suggestion.project_slug,
      summary: suggestion.paper_reference ?? suggestion.paper_name ?? '',
      before: null,
      after: { paper: suggestion.paper_reference, paperId: target.paperId },
    });
  });
}
