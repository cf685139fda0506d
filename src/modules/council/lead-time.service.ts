// The participation guidelines' lead time: a Vorhaben is to be listed at least the municipality's lead
// time (months) before its first deliberation in a council body. The back office shows where that was
// missed: per municipality as a list, on a Vorhaben's own page as a warning (editorial asks through the
// council module's entry, as the deliberations are the council's).
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';
import type { Actor } from '../../platform/actor.js';
import { managedSettings } from './council.service.js';
import { leadTimeShortfalls, type ShortfallRow } from './lead-time.repository.js';

export interface LeadTimeShortfall {
  projectSlug: string;
  projectTitle: LocalizedText;
  published: boolean;
  municipality: string;
  leadTimeMonths: number;
  /** Berlin dates (YYYY-MM-DD): when it was listed (today for a draft), and the last day that would have been in time. */
  listedOn: string;
  latestOn: string;
  firstDeliberation: { start: Date; meeting: string | null; web: string | null };
}

const toView = (r: ShortfallRow): LeadTimeShortfall => ({
  projectSlug: r.project_slug,
  projectTitle: r.project_title,
  published: r.publication_state !== 'draft',
  municipality: r.municipality_name,
  leadTimeMonths: r.lead_time_months,
  listedOn: r.listed_on,
  latestOn: r.latest_on,
  firstDeliberation: { start: new Date(r.first_start), meeting: r.meeting_name, web: r.meeting_web },
});

export interface LeadTimePageView {
  slug: string;
  name: string;
  leadTimeMonths: number;
  shortfalls: LeadTimeShortfall[];
}

/** "Vorlaufzeit unterschritten": the municipality's Vorhaben listed too late for their first deliberation. */
export async function councilLeadTime(db: Db, actor: Actor, slug: string): Promise<LeadTimePageView> {
  const settings = await managedSettings(db, actor, slug);
  const rows = await leadTimeShortfalls(db, { municipalityId: settings.municipality_id });
  return { slug: settings.slug, name: settings.name, leadTimeMonths: settings.lead_time_months, shortfalls: rows.map(toView) };
}

/**
 * The shortfalls of one Vorhaben, one per municipality whose lead time it misses (none: an empty list).
 * The caller has checked that the person may see the Vorhaben in the back office.
 */
export async function projectLeadTimeShortfalls(db: Db, projectId: number): Promise<LeadTimeShortfall[]> {
  return (await leadTimeShortfalls(db, { projectId })).map(toView);
}
