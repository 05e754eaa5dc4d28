/**
 * What the runtime's own time-zone data (Intl, which Node and Lambda build from the IANA database) says of a zone:
 * whether it exists, its offset at an instant, when the offset changes, and its short name. Nothing is bundled or
 * read from files, and a new tzdata in the runtime is followed at once.
 */

/** One change of a zone's offset: the instant it takes effect (epoch ms) and the offsets before and after (minutes). */
export interface OffsetChange {
  at: number;
  from: number;
  to: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/**
 * How far apart the offset is sampled. Two changes closer than this could both fall between two samples and be
 * missed; the closest pair in tzdata from 2019 to 2041 is a week apart (Gaza and Hebron, Ramadan 2040), so three days
 * leave twice that margin while keeping 20 years of a zone to about 3000 look-ups (a few milliseconds).
 */
const SAMPLE_STEP = 3 * DAY;

/** `GMT+05:45` as Intl writes a `longOffset`; plain `GMT` is UTC itself. */
const LONG_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2}))?$/;

/**
 * One formatter per zone and purpose: building one costs far more than using it. `hour` is there only because Intl
 * wants some field besides the zone's name; of all the combinations it formats fastest.
 */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function cached(formatters: Map<string, Intl.DateTimeFormat>, zone: string, make: () => Intl.DateTimeFormat) {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = make();
    formatters.set(zone, formatter);
  }
  return formatter;
}

const offsetFormatterOf = (zone: string) =>
  cached(
    offsetFormatters,
    zone,
    () => new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', timeZoneName: 'longOffset' }),
  );

/** Whether the runtime knows the zone (by its name or an alias): Intl refuses to format in any other. */
export function isKnownZone(zone: string): boolean {
  try {
    offsetFormatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

/** "CET", "CEST", "GMT+3": the zone's short name at `at` in British English, as `zoneAbbreviation` shows it on pages. */
export function shortName(zone: string, at: number): string {
  const formatter = cached(
    nameFormatters,
    zone,
    () => new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }),
  );
  return formatter.formatToParts(at).find(({ type }) => type === 'timeZoneName')?.value ?? zone;
}

/** The zone's offset from UTC at `at` (epoch ms), in minutes east of Greenwich. */
export function offsetMinutes(zone: string, at: number): number {
  const match = LONG_OFFSET.exec(offsetFormatterOf(zone).format(at));
  if (!match) throw new Error(`No offset for ${zone} at ${new Date(at).toISOString()}`);
  const [, sign, hours, minutes] = match;
  if (!sign) return 0;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * A zone's changes by year (`Europe/Stockholm 2027`), computed once per process: every feed request writes the
 * VTIMEZONE of its zone again, and tzdata does not change while a process runs. At most a few hundred zones times the
 * years that calendars span.
 */
const changesByYear = new Map<string, readonly OffsetChange[]>();

/** Every change of the zone's offset in [from, to) (epoch ms), oldest first. */
export function offsetChanges(zone: string, from: number, to: number): OffsetChange[] {
  const years = Array.from(
    { length: new Date(to).getUTCFullYear() - new Date(from).getUTCFullYear() + 1 },
    (_, index) => new Date(from).getUTCFullYear() + index,
  );
  return years.flatMap((year) => changesIn(zone, year)).filter(({ at }) => at >= from && at < to);
}

/**
 * The changes after the first instant of a UTC year up to the first of the next. Samples the offset every three days
 * and pins each difference down to its minute by halving: since 1970 every change in tzdata falls on a whole minute.
 */
function changesIn(zone: string, year: number): readonly OffsetChange[] {
  const key = `${zone} ${year}`;
  const known = changesByYear.get(key);
  if (known) return known;
  const changes: OffsetChange[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let before = Date.UTC(year, 0, 1);
  let offsetBefore = offsetMinutes(zone, before);
  while (before < end) {
    const after = Math.min(before + SAMPLE_STEP, end);
    const offsetAfter = offsetMinutes(zone, after);
    if (offsetAfter !== offsetBefore)
      changes.push(changeBetween(zone, before, after, offsetBefore, offsetAfter));
    before = after;
    offsetBefore = offsetAfter;
  }
  changesByYear.set(key, changes);
  return changes;
}

/** The one change between two instants (whole minutes apart) whose offsets are `from` and `to`. */
function changeBetween(zone: string, earlier: number, later: number, from: number, to: number): OffsetChange {
  let low = earlier;
  let high = later;
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / MINUTE / 2) * MINUTE;
    if (offsetMinutes(zone, middle) === from) low = middle;
    else high = middle;
  }
  return { at: high, from, to };
}
