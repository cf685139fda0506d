// A participation event as the application sees it: what the public pages, the calendar feeds and the
// back office read. Times are instants (UTC inside); pages show them in Europe/Berlin.
import type { AttendanceMode, EventFormat, EventState, RegistrationStatus } from '../../db/schema.js';
import type { LocalizedText } from '../../lib/localized.js';

export type { AttendanceMode, EventFormat, EventState, RegistrationStatus };
export const eventFormats = ['onsite', 'online', 'hybrid'] as const;

export interface EventInput {
  title: LocalizedText;
  description: LocalizedText | null;
  startsAt: Date;
  endsAt: Date;
  format: EventFormat;
  address: string | null;
  room: string | null;
  accessibility: LocalizedText | null;
  onlineUrl: string | null;
  organiserMunicipality: string | null; // slug; null with no partner either: the agency
  /** A partner organisation (slug) organising the event; managed by the agency. */
  organiserPartner: string | null;
  projectSlug: string | null;
  /** The participation process (slug) the event belongs to. */
  processSlug: string | null;
  topics: string[]; // topic slugs
  registrationEnabled: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  capacityOnsite: number | null;
  capacityOnline: number | null;
  question: LocalizedText | null;
  reminderHours: number;
  retentionDays: number;
}

export interface SeatCount {
  capacity: number | null;
  confirmed: number;
  waiting: number;
}

export interface EventView extends Omit<
  EventInput,
  'organiserMunicipality' | 'organiserPartner' | 'projectSlug' | 'processSlug' | 'topics'
> {
  id: number;
  slug: string;
  state: EventState;
  cancelReason: LocalizedText | null;
  documentation: LocalizedText | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
  organiser: { kind: 'municipality' | 'agency' | 'partner'; slug: string; name: string };
  project: { id: number; slug: string; title: LocalizedText } | null;
  process: { slug: string; title: LocalizedText } | null;
  topics: { slug: string; name: LocalizedText }[];
  files: { id: number; fileName: string; size: number }[];
  seats: Record<AttendanceMode, SeatCount>;
}

/** A registration as the organisers' list and its CSV export show it. */
export interface RegistrationView {
  id: number;
  mode: AttendanceMode;
  status: RegistrationStatus;
  name: string;
  email: string;
  organisation: string | null;
  accessibilityNeeds: string | null;
  answer: string | null;
  attendedAt: Date | null;
  /** Set once the retention period removed the person's data. */
  anonymisedAt: Date | null;
}

/** Which attendance modes an event offers. */
export function modesOf(format: EventFormat): AttendanceMode[] {
  return format === 'hybrid' ? ['onsite', 'online'] : [format];
}

/** How long registrations keep personal data; each event sets its own period up to the cap. */
export const REGISTRATION_RETENTION = {
  /** The longest period an organiser may set for names and addresses after the event. */
  maxDaysAfterEnd: 365,
  /** Support needs (Art. 9 GDPR) after the event, regardless of its period. */
  supportNeedsDaysAfterEnd: 1,
  /** A registration nobody confirmed. */
  unconfirmedDays: 7,
} as const;
