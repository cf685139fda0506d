// Who is acting: a signed-in staff member with roles, or the command line (trusted like an admin,
// because whoever runs it already holds the database). Policies and the audit log read this.
import type { Role } from '../db/schema.js';

export interface StaffActor {
  kind: 'staff';
  id: number;
  email: string;
  name: string | null;
  roles: { role: Role; municipality: string | null }[];
}

export interface CliActor {
  kind: 'cli';
}

/** A step that acts on nobody's behalf yet, e.g. the one-time link that creates the first admin. */
export interface SystemActor {
  kind: 'system';
  label: string;
}

export type Actor = StaffActor | CliActor | SystemActor;

export const cliActor: CliActor = { kind: 'cli' };

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  if (actor.kind !== 'staff') return actor.kind === 'cli';
  return actor.roles.some((r) => roles.includes(r.role));
}

/** The municipalities for which the actor holds one of the given municipal roles. */
export function municipalitiesAs(actor: Actor, ...roles: Role[]): string[] {
  if (actor.kind !== 'staff') return [];
  return actor.roles.filter((r) => roles.includes(r.role) && r.municipality).map((r) => r.municipality!);
}

export const actorLabel = (actor: Actor) => (actor.kind === 'staff' ? actor.email : actor.kind === 'cli' ? 'cli' : actor.label);
export const actorId = (actor: Actor) => (actor.kind === 'staff' ? actor.id : null);
