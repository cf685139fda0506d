// Filter values as small integer codes: comparing and counting numbers is what makes facet counts cheap.
import type { ParticipationFilter } from '../project.types.js';

export const FORMAL = 1;
export const INFORMAL = 2;
export const NONE = 4;
export const PARTICIPATION_BIT: Record<ParticipationFilter, number> = { formal: FORMAL, informal: INFORMAL, none: NONE };

/** Small integer codes for the values of one filter (municipality slugs, topic slugs, statuses). */
export class Codes {
  private byValue = new Map<string, number>();
  private values: string[] = [];

  get size(): number {
    return this.values.length;
  }

  of(value: string): number {
    let code = this.byValue.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.byValue.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  find(value: string): number | undefined {
    return this.byValue.get(value);
  }

  counted(counts: Int32Array): Map<string, number> {
    return new Map(this.values.map((value, code) => [value, counts[code]!]));
  }
}
