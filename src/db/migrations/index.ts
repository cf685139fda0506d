// Every migration, in order. A static list (not a folder scan) so that the same code runs under tsx,
// compiled, or bundled; names are date-prefixed and never change once released.
import type { Migration } from 'kysely';
import * as register from './2026-11-27-001-register.js';
import * as searchInfix from './2026-11-27-002-search-infix.js';
import * as accounts from './2026-11-27-003-accounts.js';
import * as signInAttempts from './2026-11-27-004-sign-in-attempts.js';
import * as editorial from './2026-11-27-005-editorial.js';
import * as passwordResets from './2026-11-27-006-password-resets.js';
import * as oidc from './2026-11-27-007-oidc.js';
import * as events from './2026-11-27-008-events.js';
import * as participation from './2026-11-27-009-participation.js';
import * as processes from './2026-11-27-010-processes.js';
import * as community from './2026-11-27-011-community.js';
import * as agendaDecision from './2026-11-27-012-agenda-decision.js';
import * as network from './2026-11-27-013-network.js';
import * as programmeFinance from './2026-11-27-014-programme-finance.js';
import * as addressKeys from './2026-12-06-015-address-keys.js';
import * as staffTotp from './2026-12-06-016-staff-totp.js';
import * as retention from './2026-12-06-017-retention.js';
import * as council from './2026-12-07-018-council.js';
import * as councilPublic from './2026-12-08-019-council-public.js';
import * as requestAgendaItem from './2026-12-08-021-request-agenda-item.js';
import * as councilRuns from './2026-12-08-022-council-runs.js';
import * as uncompressedSnapshots from './2026-12-08-023-uncompressed-snapshots.js';
import * as syncRunOwner from './2026-12-09-030-sync-run-owner.js';
import * as pendingReferences from './2026-12-09-031-pending-references.js';
import * as places from './2026-12-09-040-places.js';
import * as pointsToPlaces from './2026-12-09-041-points-to-places.js';
import * as alerts from './2026-12-09-045-alerts.js';
import * as listEditions from './2026-12-09-046-list-editions.js';
import * as mailLanguages from './2026-12-09-060-mail-languages.js';
import * as surveys from './2026-12-09-065-surveys.js';
import * as projectSearchDeferred from './2026-12-09-070-project-search-deferred.js';
import * as summaryPlain from './2026-12-09-071-summary-plain.js';
import * as contributionLanguages from './2026-12-09-075-contribution-languages.js';
import * as responseLanguages from './2026-12-09-080-response-languages.js';
import * as consultations from './2026-12-09-085-consultations.js';
import * as offlineContributions from './2026-12-09-090-offline-contributions.js';
import * as confirmedPaperSupplement from './2026-12-09-095-confirmed-paper-supplement.js';
import * as openLanguageChecks from './2026-12-10-100-open-language-checks.js';

export const migrations: Record<string, Migration> = {
  '2026-11-27-001-register': register,
  '2026-11-27-002-search-infix': searchInfix,
  '2026-11-27-003-accounts': accounts,
  '2026-11-27-004-sign-in-attempts': signInAttempts,
  '2026-11-27-005-editorial': editorial,
  '2026-11-27-006-password-resets': passwordResets,
  '2026-11-27-007-oidc': oidc,
  '2026-11-27-008-events': events,
  '2026-11-27-009-participation': participation,
  '2026-11-27-010-processes': processes,
  '2026-11-27-011-community': community,
  '2026-11-27-012-agenda-decision': agendaDecision,
  '2026-11-27-013-network': network,
  '2026-11-27-014-programme-finance': programmeFinance,
  '2026-12-06-015-address-keys': addressKeys,
  '2026-12-06-016-staff-totp': staffTotp,
  '2026-12-06-017-retention': retention,
  '2026-12-07-018-council': council,
  '2026-12-08-019-council-public': councilPublic,
  '2026-12-08-021-request-agenda-item': requestAgendaItem,
  '2026-12-08-022-council-runs': councilRuns,
  '2026-12-08-023-uncompressed-snapshots': uncompressedSnapshots,
  '2026-12-09-030-sync-run-owner': syncRunOwner,
  '2026-12-09-031-pending-references': pendingReferences,
  '2026-12-09-040-places': places,
  '2026-12-09-041-points-to-places': pointsToPlaces,
  '2026-12-09-045-alerts': alerts,
  '2026-12-09-046-list-editions': listEditions,
  '2026-12-09-060-mail-languages': mailLanguages,
  '2026-12-09-065-surveys': surveys,
  '2026-12-09-070-project-search-deferred': projectSearchDeferred,
  '2026-12-09-071-summary-plain': summaryPlain,
  '2026-12-09-075-contribution-languages': contributionLanguages,
  '2026-12-09-080-response-languages': responseLanguages,
  '2026-12-09-085-consultations': consultations,
  '2026-12-09-090-offline-contributions': offlineContributions,
  '2026-12-09-095-confirmed-paper-supplement': confirmedPaperSupplement,
  '2026-12-10-100-open-language-checks': openLanguageChecks,
};
