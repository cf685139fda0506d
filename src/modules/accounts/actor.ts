// Who is acting: a signed-in staff member with roles, or the command line (trusted like an admin,
// because whoever runs it already holds the database). Policies and the audit log read this.
import type { Role } from '../../db/schema.js';

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

export type Actor = StaffActor | CliActor;

export const cliActor: CliActor = { kind: 'cli' };

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'cli' || actor.roles.some((r) => roles.includes(r.role));
}

/** The municipalities for which the actor holds one of the given municipal roles. */
export function municipalitiesAs(actor: Actor, ...roles: Role[]): string[] {
  if (actor.kind === 'cli') return [];
  return actor.roles.filter((r) => roles.includes(r.role) && r.municipality).map((r) => r.municipality!);
}

export const actorLabel = (actor: Actor) => (actor.kind === 'cli' ? 'cli' : actor.email);
export const actorId = (actor: Actor) => (actor.kind === 'cli' ? null : actor.id);
