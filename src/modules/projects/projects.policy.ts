// Who may do what with a Vorhaben in the back office. Platform admins and the agency act on every
// Vorhaben; coordinators and editors on those of their municipality (a joint Vorhaben belongs to each
// of its municipalities); reviewers only read. Coordinators additionally archive and restore.
import { type Actor, hasRole, municipalitiesAs } from '../../platform/actor.js';

export const projectActions = ['view', 'create', 'edit', 'submit', 'publish', 'archive', 'restore', 'note', 'import'] as const;
export type ProjectAction = (typeof projectActions)[number];

const municipalRoles: Record<ProjectAction, ('coordinator' | 'editor')[]> = {
  view: ['coordinator', 'editor'],
  create: ['coordinator', 'editor'],
  edit: ['coordinator', 'editor'],
  submit: ['coordinator', 'editor'],
  publish: ['coordinator', 'editor'],
  note: ['coordinator', 'editor'],
  archive: ['coordinator'],
  restore: ['coordinator'],
  // An upload touches Vorhaben of every municipality at once.
  import: [],
};

/**
 * `municipalities` are the slugs of the Vorhaben's municipalities; for `create` and for saving a
 * changed list, the municipalities it will have. A Vorhaben without any municipality is the agency's.
 */
export function mayOnProject(actor: Actor, action: ProjectAction, municipalities: readonly string[]): boolean {
  if (hasRole(actor, 'admin', 'agency')) return true;
  if (action === 'view' && hasRole(actor, 'reviewer')) return true;
  const mine = municipalitiesAs(actor, ...municipalRoles[action]);
  return municipalities.some((m) => mine.includes(m));
}

/** Whether the actor sees the Vorhaben part of the back office at all. */
export function mayUseEditorial(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'agency', 'coordinator', 'editor', 'reviewer');
}

/** The municipalities whose Vorhaben the actor's list is limited to; null means all. */
export function editorialScope(actor: Actor): string[] | null {
  if (hasRole(actor, 'admin', 'agency', 'reviewer')) return null;
  return municipalitiesAs(actor, 'coordinator', 'editor');
}

/**
 * Assigning a Vorhaben to municipalities, or taking it away from them, needs the action's role for
 * every municipality added or removed: an editor of one municipality cannot put an entry into another
 * municipality's register, nor take it out of it.
 */
export function mayAssignMunicipalities(actor: Actor, action: ProjectAction, before: readonly string[], after: readonly string[]): boolean {
  const changed = [...after.filter((m) => !before.includes(m)), ...before.filter((m) => !after.includes(m))];
  return changed.every((m) => mayOnProject(actor, action, [m]));
}
