// Who may organise events in the back office: platform admins and the agency every event; coordinators
// and editors the events their municipality organises; reviewers read them.
import { type Actor, hasRole, municipalitiesAs } from '../../platform/actor.js';

export type EventAction = 'view' | 'manage';

/** `organiser`: the slug of the organising municipality, null for the agency's own events. */
export function mayOnEvent(actor: Actor, action: EventAction, organiser: string | null): boolean {
  if (hasRole(actor, 'admin', 'agency')) return true;
  if (action === 'view' && hasRole(actor, 'reviewer')) return true;
  return organiser !== null && municipalitiesAs(actor, 'coordinator', 'editor').includes(organiser);
}

export function mayUseEvents(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'agency', 'coordinator', 'editor', 'reviewer');
}

/** The municipalities whose events the actor's list is limited to; null means all. */
export function eventScope(actor: Actor): string[] | null {
  if (hasRole(actor, 'admin', 'agency', 'reviewer')) return null;
  return municipalitiesAs(actor, 'coordinator', 'editor');
}
