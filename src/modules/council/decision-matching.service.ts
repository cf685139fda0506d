// Matches the decisions of a municipality's Vorhaben to the papers synced from its council (after each
// sync, and when its reference scheme changes) and stores the paper per decision. A decision of a joint
// Vorhaben already matched to another municipality's paper is left alone; one whose paper is gone
// (deleted by the council, or the reference corrected) loses the link.
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';
import { decisionKey, setDecisionPapers } from '../decisions/index.js';
import { livePapers, municipalityDecisions } from './decision-links.repository.js';
import { defaultPattern, matchDecisions, type MatchOutcome } from './reference-matching.js';
import { confirmedPapers } from './suggestions.repository.js';

export interface UnmatchedDecision {
  projectSlug: string;
  projectTitle: LocalizedText;
  text: string;
  reason: 'no_reference' | 'no_paper' | 'ambiguous';
}

export interface MatchResult {
  matched: number;
  /** Decisions whose paper changed (gained, lost or another). */
  changed: number;
  unmatched: UnmatchedDecision[];
}

export interface MatchingTarget {
  municipalityId: number;
  /** The body whose papers the decisions are matched against (papers of a former system or body are not). */
  bodyUrl: string | null;
  referencePattern: string | null;
  bodyPrefixes: string[];
}

export async function matchMunicipalityDecisions(db: Db, target: MatchingTarget): Promise<MatchResult> {
  const [all, papers, confirmed] = await Promise.all([
    municipalityDecisions(db, target.municipalityId),
    livePapers(db, target.municipalityId, target.bodyUrl),
    confirmedPapers(db, target.municipalityId),
  ]);
  const decisions = all.filter((d) => d.council_paper_id === null || d.paper_municipality_id === target.municipalityId);
  const pattern = target.referencePattern ?? defaultPattern(target.bodyPrefixes);
  const byId = new Map(decisions.map((d) => [d.id, d]));
  // A paper staff confirmed for a decision (a suggestion) stands, whatever the references say.
  const outcomes = matchDecisions(decisions, papers, { pattern, bodyPrefixes: target.bodyPrefixes }).map((o): MatchOutcome => {
    const d = byId.get(o.decisionId)!;
    const paperId = confirmed.get(`${d.project_slug}|${decisionKey(d)}`);
    return paperId === undefined ? o : { decisionId: o.decisionId, paperId, reason: 'matched' };
  });
  // Written only where the decision still has the paper read above: a joint Vorhaben's decision that
  // another municipality's sync linked meanwhile keeps that link.
  const changed = await setDecisionPapers(
    db,
    outcomes.map((o) => ({ id: o.decisionId, paperId: o.paperId, expected: byId.get(o.decisionId)!.council_paper_id })),
  );
  const unmatched: UnmatchedDecision[] = [];
  let matched = 0;
  for (const outcome of outcomes) {
    if (outcome.reason === 'matched') matched++;
    const d = byId.get(outcome.decisionId)!;
    // A decision linked by hand is taken care of; one of another council is not this one's concern.
    if (outcome.reason === 'matched' || outcome.reason === 'other_body' || d.council_web_url) continue;
    unmatched.push({ projectSlug: d.project_slug, projectTitle: d.project_title, text: d.reference ?? d.raw, reason: outcome.reason });
  }
  return { matched, changed, unmatched };
}
