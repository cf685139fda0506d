// The decisions of a municipality's Vorhaben as the council page lists them: the paper each was matched
// to, or the web address a staff member typed where the council system has no OParl (or the match fails).
import type { Db } from '../../db/database.js';
import { notifyChange } from '../../db/change-notifier.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { setDecisionCouncilAddress } from '../decisions/index.js';
import { mayLinkDecision } from './council.policy.js';
import type { SettingsRow } from './council.repository.js';
import { managedSettings } from './council.service.js';
import { type DecisionRow, findDecision, municipalityDecisionsPage } from './decision-links.repository.js';

export interface DecisionView {
  id: number;
  projectSlug: string;
  projectTitle: LocalizedText;
  /** The reference as the parser read it, else the text as typed. */
  text: string;
  date: string | null;
  paper: { reference: string | null; name: string | null; web: string | null } | null;
  webUrl: string | null;
  /** Whether this person may type its council address (not a coordinator, for another council's decision). */
  editable: boolean;
}

export interface DecisionsPageView {
  slug: string;
  name: string;
  configured: boolean;
  decisions: DecisionView[];
  page: number;
  pages: number;
}

/** Decisions per page of the back office's list: a city has thousands. */
export const DECISIONS_PER_PAGE = 50;

const mayLink = (actor: Actor, settings: SettingsRow, row: DecisionRow) =>
  mayLinkDecision(
    actor,
    settings.slug,
    { id: settings.municipality_id, prefixes: settings.decision_bodies.map((b) => b.prefix) },
    { paperMunicipalityId: row.paper_municipality_id, body: row.body },
  );

const toView = (row: DecisionRow, editable: boolean): DecisionView => ({
  id: row.id,
  projectSlug: row.project_slug,
  projectTitle: row.project_title,
  text: row.reference ? [row.reference, row.supplement].filter(Boolean).join(' ') : row.raw,
  date: row.date,
  paper: row.council_paper_id ? { reference: row.paper_reference, name: row.paper_name, web: row.paper_web } : null,
  webUrl: row.council_web_url,
  editable,
});

export async function councilDecisions(db: Db, actor: Actor, slug: string, page = 1): Promise<DecisionsPageView> {
  const settings = await managedSettings(db, actor, slug);
  const { rows, total } = await municipalityDecisionsPage(db, settings.municipality_id, {
    offset: (page - 1) * DECISIONS_PER_PAGE,
    limit: DECISIONS_PER_PAGE,
  });
  return {
    slug: settings.slug,
    name: settings.name,
    configured: settings.system_url !== null,
    decisions: rows.map((row) => toView(row, mayLink(actor, settings, row))),
    page,
    pages: Math.max(1, Math.ceil(total / DECISIONS_PER_PAGE)),
  };
}

export async function councilDecision(
  db: Db,
  actor: Actor,
  slug: string,
  id: number,
): Promise<{ slug: string; name: string; decision: DecisionView }> {
  const settings = await managedSettings(db, actor, slug);
  const row = await findDecision(db, settings.municipality_id, id);
  if (!row) throw notFound('decision');
  if (!mayLink(actor, settings, row)) throw forbidden();
  return { slug: settings.slug, name: settings.name, decision: toView(row, true) };
}

export async function saveDecisionWebUrl(db: Db, actor: Actor, slug: string, id: number, url: string | null): Promise<void> {
  const settings = await managedSettings(db, actor, slug);
  await db.transaction().execute(async (trx) => {
    const row = await findDecision(trx, settings.municipality_id, id);
    if (!row) throw notFound('decision');
    if (!mayLink(actor, settings, row)) throw forbidden();
    if (row.council_web_url === url) return;
    await setDecisionCouncilAddress(trx, id, url);
    await notifyChange(trx); // the address shows on the Vorhaben's page and in its JSON
    await recordAudit(trx, actor, {
      action: 'council.decision.web_url',
      entityType: 'decision',
      entityId: id,
      summary: `${row.project_slug}: ${row.reference ?? row.raw}`,
      before: { webUrl: row.council_web_url },
      after: { webUrl: url },
    });
  });
}
