import { isKnownZone, type OffsetChange, offsetChanges, offsetMinutes, shortName } from './zone-data.ts';

/**
 * The years a VTIMEZONE is for: it gives the right offset from the zone's first change in `first` (from the first
 * instant of `first` if the zone has none that year) to the last instant of `last`. A calendar asks for a year more
 * either side of its entries, so they all fall in that range.
 */
export interface YearSpan {
  first: number;
  last: number;
}

const MINUTE = 60_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * One STANDARD or DAYLIGHT component: the offsets it goes from and to, and when it takes effect, either as a
 * yearly rule from its first onset or as a list of onsets.
 */
interface Observance {
  daylight: boolean;
  from: number;
  to: number;
  name: string;
  /** Epoch ms, oldest first. */
  onsets: number[];
  /** An RRULE that yields exactly `onsets` (and, without UNTIL, goes on after them); none for a list. */
  rule?: string;
}

/**
 * The VTIMEZONE of any IANA zone, computed from the runtime's time-zone data for the years a calendar spans, so
 * that nothing is read from files at run time (the Lambda bundle carries code only). A change that recurs every year
 * by one rule ("last Sunday of March at 02:00") is written as an RRULE, the form Outlook maps to its own zones; other
 * changes as RDATEs. A zone without a change in the first year gets a first component fixing its offset from the
 * start of the span, since a client reads any time before a zone's first onset as UTC; one with a change that year
 * needs none, which keeps an invite as short as the hand-written zones made it (a confirmation's outbox item is a few
 * dozen bytes under 3 KB, where its write cost steps up). Null for a name that is no zone.
 */
export function vtimezoneOf(zone: string, years: YearSpan): string | null {
  if (!isKnownZone(zone)) return null;
  const start = Date.UTC(years.first, 0, 1);
  const changes = offsetChanges(zone, start, Date.UTC(years.last + 1, 0, 1));
  const [firstChange] = changes;
  const startOffset = offsetMinutes(zone, start);
  const fromTheStart: Observance[] =
    firstChange && firstChange.at < Date.UTC(years.first + 1, 0, 1)
      ? []
      : [
          {
            daylight: isDaylight(zone, start, startOffset),
            from: startOffset,
            to: startOffset,
            name: shortName(zone, start),
            onsets: [start],
          },
        ];
  const observances = [...fromTheStart, ...observancesOf(zone, changes, years.last)];
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    ...observances.flatMap(componentLines),
    'END:VTIMEZONE',
  ].join('\r\n');
}

/**
 * The changes as components: those of one kind (the same offsets before and after) that recur in consecutive years
 * by one rule become one component with that rule; the rest of each kind one component listing its onsets.
 */
function observancesOf(zone: string, changes: readonly OffsetChange[], lastYear: number): Observance[] {
  const kinds = new Map<string, OffsetChange[]>();
  for (const change of changes) {
    const key = `${change.from}>${change.to}`;
    kinds.set(key, [...(kinds.get(key) ?? []), change]);
  }
  return [...kinds.values()].flatMap((kind) => {
    const first = kind[0] as OffsetChange;
    const base = {
      daylight: isDaylight(zone, first.at, first.to),
      from: first.from,
      to: first.to,
      name: shortName(zone, first.at),
    };
    const runs = yearlyRuns(kind);
    const listed = runs.filter((run) => !run.rule).flatMap((run) => run.changes.map(({ at }) => at));
    return [
      ...runs.flatMap(({ changes: run, rule }) => {
        if (!rule) return [];
        const last = run.at(-1) as OffsetChange;
        // A rule still followed in the span's last year goes on: clients then have it for the years after, too.
        const until = localParts(last).year < lastYear ? `;UNTIL=${utcStamp(last.at)}` : '';
        return [{ ...base, onsets: run.map(({ at }) => at), rule: `FREQ=YEARLY;${rule}${until}` }];
      }),
      ...(listed.length > 0 ? [{ ...base, onsets: listed }] : []),
    ];
  });
}

interface Run {
  changes: OffsetChange[];
  /** `BYMONTH=3;BYDAY=-1SU`: the rule every change of the run follows; none for a change that stands alone. */
  rule?: string;
}

/**
 * Changes of one kind, oldest first, cut into the longest runs that fall in consecutive years, in one month, at
 * one time of day and on a day one rule names.
 */
function yearlyRuns(kind: readonly OffsetChange[]): Run[] {
  const runs: { changes: OffsetChange[]; days: string[] }[] = [];
  for (const change of kind) {
    const current = runs.at(-1);
    const days = dayRulesOf(change);
    const shared = current?.days.filter((rule) => days.includes(rule)) ?? [];
    const previous = current?.changes.at(-1);
    if (current && previous && followsYearly(previous, change) && shared.length > 0) {
      current.changes.push(change);
      current.days = shared;
    } else {
      runs.push({ changes: [change], days });
    }
  }
  return runs.map(({ changes, days }) => {
    const { month } = localParts(changes[0] as OffsetChange);
    return changes.length > 1 ? { changes, rule: `BYMONTH=${month};${days[0]}` } : { changes };
  });
}

/** The next year's change in the same month at the same time of day. */
function followsYearly(previous: OffsetChange, next: OffsetChange): boolean {
  const a = localParts(previous);
  const b = localParts(next);
  return a.year + 1 === b.year && a.month === b.month && a.clock === b.clock;
}

/**
 * The ways the day of a change's local onset can be named by a yearly rule, in the order tzdata states them: the
 * last such weekday of the month, the n-th such weekday, the day of the month.
 */
function dayRulesOf(change: OffsetChange): string[] {
  const { day, weekday, daysInMonth } = localParts(change);
  return [
    ...(day + 7 > daysInMonth ? [`BYDAY=-1${weekday}`] : []),
    `BYDAY=${Math.ceil(day / 7)}${weekday}`,
    `BYMONTHDAY=${day}`,
  ];
}

/** The onset as the clock on the wall showed it just before: the local time DTSTART, RDATE and RRULE speak of. */
function localParts({ at, from }: Pick<OffsetChange, 'at' | 'from'>) {
  const wall = new Date(at + from * MINUTE);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  return {
    year,
    month,
    day: wall.getUTCDate(),
    weekday: WEEKDAYS[wall.getUTCDay()] as string,
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
    clock: wall.toISOString().slice(11, 19),
    stamp: wall.toISOString().slice(0, 19).replace(/[-:]/g, ''),
  };
}

function componentLines(observance: Observance): string[] {
  const kind = observance.daylight ? 'DAYLIGHT' : 'STANDARD';
  const [first] = observance.onsets;
  const local = (at: number) => localParts({ at, from: observance.from }).stamp;
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${offsetText(observance.from)}`,
    `TZOFFSETTO:${offsetText(observance.to)}`,
    `TZNAME:${observance.name}`,
    `DTSTART:${local(first ?? 0)}`,
    ...(observance.rule ? [`RRULE:${observance.rule}`] : []),
    // ical.js takes the onsets of a component with RDATEs from the RDATEs alone: the first is listed as well.
    ...(!observance.rule && observance.onsets.length > 1
      ? observance.onsets.map((at) => `RDATE:${local(at)}`)
      : []),
    `END:${kind}`,
  ];
}

/** `+0100`, `-0330`, `+0545` */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/** `20301027T010000Z` */
function utcStamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** Summer time: ahead of the zone's offset in the January or the July of that year, whichever is less. */
function isDaylight(zone: string, at: number, offset: number): boolean {
  const year = new Date(at).getUTCFullYear();
  const standard = Math.min(
    offsetMinutes(zone, Date.UTC(year, 0, 1)),
    offsetMinutes(zone, Date.UTC(year, 6, 1)),
  );
  return offset > standard;
}
