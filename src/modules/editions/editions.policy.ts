// Who may publish an edition of the Vorhabenliste: it speaks for the whole region, so the platform's
// admins and the digital agency (who may edit every Vorhaben), as for the import.
import { type Actor, hasRole } from '../../platform/actor.js';

export function mayPublishEditions(actor: Actor): boolean {
  return actor.kind === 'cli' || hasRole(actor, 'admin', 'agency');
}
