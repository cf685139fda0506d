// Contributions gathered on paper or at an event (a workshop, a CoCreation day), typed in by staff on
// behalf of the participants: an idea in the process, or a comment on one of its ideas, on a section of
// one of its documents or on its Vorhaben.
// They carry their channel, the event, the day and, where given, the participant's municipality — never
// a name — and count in the process's report like every other contribution.
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { berlinParts } from '../../lib/berlin-time.js';
import type { MessageKey } from '../../i18n/index.js';
import { type Actor, actorId } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { addOfflineComment } from '../comments/index.js';
import { offlineSectionChoices, processSectionIds } from '../consultations/index.js';
import { insertOfflineIdea } from './ideas.repository.js';
import * as repo from './offline.repository.js';
import type { OfflineForm } from './offline.schemas.js';
import { staffProcess } from './processes.service.js';

/** What the form offers for a process the actor may edit, and what was typed in so far. */
export async function offlineFormData(db: Db, actor: Actor, slug: string) {
  const p = await staffProcess(db, actor, slug);
  const [events, municipalities, ideas, sections, sectionIds] = await Promise.all([
    repo.eventChoices(db, p.id, p.project_id),
    repo.municipalityChoices(db),
    repo.ideaChoices(db, p.id),
    offlineSectionChoices(db, p.id),
    processSectionIds(db, p.id),
  ]);
  const entries = await repo.offlineEntries(db, p.id, p.project_id, sectionIds);
  return {
    process: { slug: p.slug, title: p.title, hasIdeasPhase: (p.phases as { kind: string }[]).some((ph) => ph.kind === 'ideas') },
    events: events.map((e) => ({ id: e.id, title: e.title, startsAt: e.starts_at })),
    municipalities,
    ideas,
    sections,
    entries,
  };
}

/** A field the entry failed on, with its message; nothing was saved. */
export interface OfflineFieldError {
  field: string;
  key: MessageKey;
}

/** Saves the entry, or names the field that stops it (null when saved). */
export async function enterOffline(db: Db, actor: Actor, slug: string, form: OfflineForm): Promise<OfflineFieldError | null> {
  return db.transaction().execute(async (trx) => {
    const p = await staffProcess(trx, actor, slug);
    if (form.channel === 'event' && form.event === null) return { field: 'event', key: 'offline.error.eventRequired' };
    if (form.event !== null && !(await repo.eventExists(trx, form.event))) return { field: 'event', key: 'offline.error.event' };
    if (form.municipality !== null && !(await repo.municipalityExists(trx, form.municipality)))
      return { field: 'municipality', key: 'offline.error.municipality' };
    if (form.day > berlinParts(new Date()).date) return { field: 'day', key: 'offline.error.future' };
    const source = {
      channel: form.channel,
      eventId: form.event,
      municipalityId: form.municipality,
      day: form.day,
      enteredBy: actorId(actor),
    };
    let entityId: number;
    if (form.kind === 'idea') {
      if (!(p.phases as { kind: string }[]).some((ph) => ph.kind === 'ideas')) return { field: 'kind', key: 'offline.error.noIdeasPhase' };
      entityId = await insertOfflineIdea(trx, { processId: p.id, title: form.title, body: form.body, ...source });
    } else if (form.target === 'project') {
      entityId = await addOfflineComment(trx, { target: { projectId: p.project_id }, body: form.body, ...source });
    } else if (form.target.startsWith('section-')) {
      const sectionId = Number(form.target.slice('section-'.length));
      const section = (await offlineSectionChoices(trx, p.id)).find((s) => s.id === sectionId);
      if (!section) return { field: 'target', key: 'offline.error.section' };
      if (form.day < section.startsOn || form.day > section.endsOn) return { field: 'day', key: 'offline.error.sectionPeriod' };
      entityId = await addOfflineComment(trx, { target: { sectionId }, body: form.body, ...source });
    } else {
      const ideaId = Number(form.target);
      if (!(await repo.ideaChoices(trx, p.id)).some((i) => i.id === ideaId)) return { field: 'target', key: 'offline.error.idea' };
      entityId = await addOfflineComment(trx, { target: { ideaId }, body: form.body, ...source });
    }
    await recordAudit(trx, actor, {
      action: form.kind === 'idea' ? 'idea.offline' : 'comment.offline',
      entityType: form.kind,
      entityId: String(entityId),
      summary: `${p.slug}: ${form.channel}`,
      before: null,
      after: { process: p.slug, channel: form.channel, event: form.event, municipality: form.municipality, day: form.day },
    });
    await notifyChange(trx);
    return null;
  });
}
