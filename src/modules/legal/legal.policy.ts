// Who may change the installation's legal details: admins only (they speak for the responsible body).
import { type Actor, hasRole } from '../../platform/actor.js';

export const mayEditLegal = (actor: Actor) => hasRole(actor, 'admin');
