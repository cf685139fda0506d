// Which back-office sections a staff member sees in the navigation; each page checks its own policy too.
import { mayListMunicipalities } from '../municipalities/municipalities.policy.js';
import { mayOnProject, mayUseEditorial } from '../projects/projects.policy.js';
import { maySearchAudit } from '../audit/audit.policy.js';
import type { BackOfficeNav } from '../../platform/back-office/frame.js';
import type { Actor } from '../../platform/actor.js';
import { mayUseEvents } from '../events/events.policy.js';
import { mayUseParticipation } from '../../platform/contribution-roles.js';
import { mayManageUsers } from './accounts.policy.js';
import { mayManageNetwork, mayUseNetwork } from '../network/network.policy.js';
import { mayUseFinance } from '../finance/finance.policy.js';

export function backOfficeNav(actor: Actor): BackOfficeNav {
  return {
    editorial: mayUseEditorial(actor),
    events: mayUseEvents(actor),
    participation: mayUseParticipation(actor),
    moderation: mayUseParticipation(actor),
    network: mayManageNetwork(actor) ? 'overview' : mayUseNetwork(actor) ? 'cases' : false,
    finance: mayUseFinance(actor),
    import: mayOnProject(actor, 'import', []),
    municipalities: mayListMunicipalities(actor),
    audit: maySearchAudit(actor),
    users: mayManageUsers(actor),
  };
}
