// What a council system did wrong during a sync, kept with the run so that staff can tell the vendor or
// the council's IT. A real server repeats the same fault thousands of times ("N/A" in every paper), so
// faults are grouped by kind with their count and the first few addresses, never stored one by one.

export const faultKinds = [
  /** HTTP 5xx (or another unexpected status) after all retries. */
  'http_error',
  /** No answer within the time-out, after all retries. */
  'timeout',
  /** The connection failed (name not found, refused, reset), after all retries. */
  'network',
  /** A referenced object (or a list) answered 404. */
  'not_found',
  /** An empty list answered with 404 and `{"code": 802}` instead of an empty `data` (SD.NET). */
  'empty_list_404',
  /** An object (or a single reference) where the specification says list. */
  'object_instead_of_list',
  /** "N/A", an empty or blank string where a value belongs; read as no value. */
  'placeholder_value',
  /** A value PostgreSQL cannot store (30 February, year 0, NUL in a text, a number beyond `integer`); read as none or the nearest. */
  'invalid_value',
  /** A GeoJSON point written latitude first; read the right way round. */
  'swapped_coordinates',
  /** An object without `type` (real servers leave it out on deleted objects). */
  'missing_type',
  /** A page or object that is no JSON at all. */
  'invalid_json',
  /** An object without a usable `id`, not an object, or one the database refused to store; skipped. */
  'invalid_object',
  /** `links.next` led back to a page already read; the list ends there. */
  'pagination_loop',
  /** An address (typed, or named by the server, or a redirect) on the machine or the internal network; refused. */
  'private_address',
  /** An address on another server than the system address's (another host, port or scheme); not read. */
  'foreign_origin',
  /** More referenced objects were missing than one run fetches; the rest follow in the next run. */
  'reference_limit',
  /** A list went on beyond LOTSE_OPARL_MAX_PAGES pages; the rest of it is left. */
  'page_limit',
  /** Several pages of a list in a row could not be read; the rest of the list is left. */
  'failed_pages',
  /** The run read as many objects as one run reads at most; the rest follow in the next run. */
  'run_limit',
  /** A page held more objects than one page is read with (1,000); the rest are left. */
  'too_many_objects',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultExample {
  url: string;
  detail: string | null;
}

export interface FaultGroup {
  kind: FaultKind;
  count: number;
  examples: FaultExample[];
}

const EXAMPLES_PER_KIND = 10;
const DETAIL_LENGTH = 300;

export type ReportFault = (kind: FaultKind, url: string, detail?: string | null) => void;

/** The faults of one run, grouped by kind in the order they first occurred. */
export class FaultLog {
  private readonly groups = new Map<FaultKind, FaultGroup>();

  constructor(previous: FaultGroup[] = []) {
    for (const group of previous) this.groups.set(group.kind, { ...group, examples: [...group.examples] });
  }

  readonly report: ReportFault = (kind, url, detail = null) => {
    let group = this.groups.get(kind);
    if (!group) {
      group = { kind, count: 0, examples: [] };
      this.groups.set(kind, group);
    }
    group.count++;
    if (group.examples.length < EXAMPLES_PER_KIND) group.examples.push({ url, detail: detail?.slice(0, DETAIL_LENGTH) ?? null });
  };

  list(): FaultGroup[] {
    return [...this.groups.values()];
  }

  total(): number {
    let n = 0;
    for (const group of this.groups.values()) n += group.count;
    return n;
  }
}
