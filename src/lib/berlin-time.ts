// Wall-clock times in Europe/Berlin (what people type and read) and instants (what is stored), with
// daylight saving time handled through Intl: no hand-written offsets.
// Built on first use: a formatter with a time zone loads ICU's zone data, megabytes that a process
// which never shows a time does not need.
let berlinFormat: Intl.DateTimeFormat | undefined;
const parts = () =>
  (berlinFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

/** The Berlin calendar day and clock time of an instant: { date: 'YYYY-MM-DD', time: 'HH:MM' }. */
export function berlinParts(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(
    parts()
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * The instant at which Berlin clocks show `date` `time`; null if the text is no valid day and time. In
 * the hour skipped in spring the time is read one hour later; in the doubled autumn hour, the first one.
 */
export function fromBerlin(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, mo, da, h, mi] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da) return null;
  // Berlin is UTC+1 or UTC+2: try both offsets, earlier first, and keep the one that reads back right.
  for (const offset of [2, 1]) {
    const instant = new Date(wall - offset * 3_600_000);
    const back = berlinParts(instant);
    if (back.date === date && back.time === `${String(h).padStart(2, '0')}:${t[2]}`) return instant;
  }
  return new Date(wall - 1 * 3_600_000);
}
