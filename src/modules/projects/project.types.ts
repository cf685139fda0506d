// The Vorhaben as the application sees it, independent of tables and of JSON: what repositories
// return, what the import produces and what views and presenters read.
import type { LocalityKind, ProjectLink, PublicationState } from '../../db/schema.js';
import type { PlaceGeometry } from '../../lib/geometry.js';
import type { LocalizedText } from '../../lib/localized.js';
import type { ParsedDecision } from '../decisions/index.js';
import type { ProjectStatus } from './parsers/status.js';

export type { ProjectLink, PublicationState };
export const publicationStates = ['draft', 'published', 'archived'] as const;
export const participationFilters = ['formal', 'informal', 'none'] as const;
export type ParticipationFilter = (typeof participationFilters)[number];

export type Decision = ParsedDecision;

export interface Costs {
  text: string | null;
  amountCents: number | null;
  currency: string;
  approximate: boolean;
}

export interface Location {
  lat: number | null;
  lng: number | null;
  address: string | null;
}

/** Every field an editor or an import sets; the rest (id, version, timestamps) the system keeps. */
export interface ProjectInput {
  title: LocalizedText;
  description: LocalizedText | null;
  goals: LocalizedText | null;
  status: ProjectStatus;
  statusText: LocalizedText | null;
  nextSteps: LocalizedText | null;
  expectedDuration: LocalizedText | null;
  municipalities: string[]; // slugs, in order
  topics: string[]; // German topic names, in order
  decisionsText: string | null;
  decisions: Decision[];
  costs: Costs;
  participation: { formal: boolean; informal: boolean; text: LocalizedText | null };
  location: Location | null;
  contact: string | null;
  links: ProjectLink[];
  furtherInfo: LocalizedText | null;
  /** The summary in Leichte Sprache (German plain language). */
  summaryPlain: string | null;
  startDate: string | null;
  endDate: string | null;
  addedOn: string | null;
  publicationState: PublicationState;
}

export interface MunicipalityRef {
  slug: string;
  name: string;
}

export interface TopicRef {
  slug: string;
  name: LocalizedText;
}

/** A place of the Vorhaben on the map: a point, a line or an area. */
export interface ProjectPlace {
  id: number;
  label: string | null;
  geometry: PlaceGeometry;
}

/** A place below the partners (an Amt, a town or municipality, a Stadtteil) the Vorhaben concerns. */
export interface LocalityRef {
  slug: string;
  name: string;
  kind: LocalityKind;
  ars: string | null;
  municipality: string;
}

export interface ChangeEntry {
  version: number;
  changedAt: Date;
  note: LocalizedText;
  fields: string[];
}

export interface Project extends Omit<ProjectInput, 'municipalities' | 'topics' | 'addedOn'> {
  id: number;
  slug: string;
  municipalities: MunicipalityRef[];
  topics: TopicRef[];
  addedOn: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  changes: ChangeEntry[];
  /** The decisions' ids, in the order of `decisions` (their council data is read by these). */
  decisionIds: number[];
  /** Its places on the map, in order (edited on their own page, not part of versions). */
  places: ProjectPlace[];
  /** The places below the partners it concerns. */
  localities: LocalityRef[];
}

export interface ProjectFilters {
  q?: string | undefined;
  municipality?: string | undefined;
  topic?: string | undefined;
  status?: ProjectStatus | undefined;
  participation?: ParticipationFilter | undefined;
  /** Only Vorhaben with a summary in Leichte Sprache. */
  plainLanguage?: boolean | undefined;
  /** A place below the partners (its slug); an Amt includes its municipalities. */
  place?: string | undefined;
}

/** What the register's filters offer. */
export interface FilterOptions {
  municipalities: { slug: string; name: string }[];
  topics: { slug: string; name: LocalizedText }[];
  places: LocalityOption[];
}

export interface LocalityOption {
  slug: string;
  name: string;
  kind: LocalityKind;
  ars: string | null;
  municipality: string;
  /** The Amt's slug for a municipality in an Amt. */
  parent: string | null;
}
