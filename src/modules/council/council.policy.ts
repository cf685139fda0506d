// Who may set up a municipality's council information (its OParl system, body and reference scheme),
// read its sync runs and link its decisions by hand: admins, and the municipality's own coordinators.
import { type Actor, hasRole, municipalitiesAs } from '../../platform/actor.js';

export function mayManageCouncil(actor: Actor, slug: string): boolean {
  return hasRole(actor, 'admin') || municipalitiesAs(actor, 'coordinator').includes(slug);
}

/** Whether the back office offers the section at all (each page still checks its municipality). */
export function mayUseCouncil(actor: Actor): boolean {
  return hasRole(actor, 'admin') || municipalitiesAs(actor, 'coordinator').length > 0;
}

export interface DecisionOwnership {
  /** The municipality whose council system the decision's matched paper came from, if matched. */
  paperMunicipalityId: number | null;
  /** The committee prefix the decision names ("RV", "KT"), if any. */
  body: string | null;
}

/**
 * Whether a decision of a (joint) Vorhaben is this municipality's council's: not when its paper came from
 * another municipality's system, nor when it names a committee that is not one of this municipality's
 * (a district's "KT-45/2022" on a town's list).
 */
export function isOwnDecision(municipality: { id: number; prefixes: string[] }, decision: DecisionOwnership): boolean {
  if (decision.paperMunicipalityId !== null) return decision.paperMunicipalityId === municipality.id;
  if (decision.body === null) return true;
  const prefixes = municipality.prefixes.map((p) => p.toUpperCase());
  return prefixes.includes(decision.body.toUpperCase());
}

/** Who may type a decision's council address: admins any; coordinators only for their own council's decisions. */
export function mayLinkDecision(
  actor: Actor,
  slug: string,
  municipality: { id: number; prefixes: string[] },
  decision: DecisionOwnership,
): boolean {
  if (!mayManageCouncil(actor, slug)) return false;
  return hasRole(actor, 'admin') || isOwnDecision(municipality, decision);
}
