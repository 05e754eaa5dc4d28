/** A clock time as the organiser wrote it: `9.00`, `13:30`, or the typo `3.35`. */
export interface WrittenTime {
  hours: number;
  minutes: number;
  written: string;
}

/**
 * Hours and minutes with a colon or with the full stop Swedes and Norwegians write (`10.05`), which is also what
 * they type where the browser shows a text box for a time field. A regular expression's source, for the readers of
 * a programme line to build on.
 */
export const CLOCK_PATTERN = String.raw`(\d{1,2})[.:](\d{2})(?!\d)`;
const WHOLE_CLOCK = new RegExp(`^${CLOCK_PATTERN}$`);

/** The time a match of `CLOCK_PATTERN` found, as written without what led up to it (a dash, spaces). */
export function writtenTime(match: RegExpExecArray): WrittenTime {
  const [written, hours = '', minutes = ''] = match;
  return { hours: Number(hours), minutes: Number(minutes), written: written.trim().replace(/^[^\d]+/, '') };
}

/** The clock time that `text` is, all of it (`10.05`, `9:30`); undefined when it is none. */
export function readWrittenTime(text: string): WrittenTime | undefined {
  const match = WHOLE_CLOCK.exec(text);
  return match ? writtenTime(match) : undefined;
}

/** 23.59 is a time of day; 24.00 and 10.60 are not. */
export const isTimeOfDay = ({ hours, minutes }: WrittenTime) => hours <= 23 && minutes <= 59;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** `09:05`: the time as slot ids and the programme's instants are built from it. */
export const clock = ({ hours, minutes }: WrittenTime) => `${twoDigits(hours)}:${twoDigits(minutes)}`;
