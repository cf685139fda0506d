// The back office's navigation, as a registry: each module names its sections (path, label, who may
// see them) in its manifest, the app collects them, and the frame shows a person the ones they may use.
// The platform itself knows no module: a new module adds its section without touching this file.
import type { MessageKey } from '../../i18n/index.js';
import type { Actor } from '../actor.js';

export interface BackOfficeSection {
  /** Stable name, also used by pages to mark where they are (`current`); two sections may share one when a person sees at most one of them. */
  key: string;
  /** Below `/{lang}`, e.g. `/verwaltung/finanzen`. */
  path: string;
  label: MessageKey;
  /** Position in the navigation, ascending. */
  order: number;
  /** Whether the person may use the section; each page still checks its own policy. */
  visible: (actor: Actor) => boolean;
}

/** The sections one person sees, in order. */
export interface BackOfficeNav {
  items: readonly Pick<BackOfficeSection, 'key' | 'path' | 'label'>[];
}

export const noSections: BackOfficeNav = { items: [] };

export function navigationFor(sections: readonly BackOfficeSection[], actor: Actor): BackOfficeNav {
  return { items: sections.filter((s) => s.visible(actor)).sort((a, b) => a.order - b.order) };
}

/** Whether the person's navigation offers the section at `path`: other pages link into it only then. */
export const offersSection = (nav: BackOfficeNav, path: string) => nav.items.some((i) => i.path === path);

declare module 'fastify' {
  interface FastifyInstance {
    /** Every module's back-office sections, collected when the app is built. */
    backOfficeSections: readonly BackOfficeSection[];
  }
  interface FastifyRequest {
    /** The signed-in staff member's navigation (set by the staff area). */
    backOfficeNav: BackOfficeNav;
  }
}
