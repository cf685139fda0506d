// Who works on consultations: whoever may handle the participation of the consultation's Vorhaben (admins,
// the agency and moderators everywhere; coordinators and editors on their municipality's Vorhaben)
// writes the document, publishes its versions, answers and weighs the comments and records the adoption.
import type { Actor } from '../../platform/actor.js';
import { mayModerate, mayUseParticipation } from '../../platform/contribution-roles.js';

export const mayUseConsultations = (actor: Actor) => mayUseParticipation(actor);

export const mayManageConsultation = (actor: Actor, municipalities: readonly string[]) => mayModerate(actor, municipalities);
