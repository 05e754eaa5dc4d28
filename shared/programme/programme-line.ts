import { CLOCK_PATTERN, type WrittenTime, writtenTime } from './written-time.ts';

export interface SlotLine {
  kind: 'slot';
  starts: WrittenTime;
  ends?: WrittenTime;
  title: string;
}

/** What one line of a pasted programme says, before it is checked against the lines around it. */
export type ProgrammeLine =
  | { kind: 'blank' }
  | { kind: 'day'; day: number }
  | SlotLine
  | { kind: 'unreadable-time'; text: string }
  | { kind: 'description'; text: string }
  | { kind: 'text'; text: string };

const DASHES = '–—‐‑−-';
const TIME = new RegExp(`^${CLOCK_PATTERN}`);
const END_TIME = new RegExp(`^\\s*[${DASHES}]\\s*${CLOCK_PATTERN}`);
const DASH_BEFORE_DIGIT = new RegExp(`^\\s*[${DASHES}]\\s*\\d`);
/** A line opening like a time (`10.6o`, `10–11`, `1000-1030`) is meant as one, so a mistake in it is reported rather than read as a speaker. */
const LOOKS_LIKE_TIME = new RegExp(`^\\d{1,4}\\s*(?:[.:]\\s*\\d|[${DASHES}]\\s*\\d)`);
const SEPARATOR_BEFORE_TITLE = new RegExp(`^\\s*[.:${DASHES}]?\\s*`);
/** `Dag 2.`, `Day 2`, `Program dag 1`, the KS slides' `Forslag: Program dag 1.` */
const DAY_HEADER = /^(?:[^\d:]*:\s*)?(?:program(?:me|met)?\s+)?(?:dag|day)\s+([1-9]\d?)(?!\d).*$/i;
/** A heading over the programme, as pasted with it from the event page. */
const PROGRAMME_HEADING = /^(?:program|programme|programmet|agenda)\s*:?$/i;
/** Slides put each bullet on a line of its own. */
const BULLET_ONLY = new RegExp(`^[\\s•·${DASHES}]*$`);
const BULLETED = new RegExp(`^[•·${DASHES}]\\s*(.+)$`);

/** A trailing `.` or `:` closes the line in the organisers' lists (`12.45: Lunsj.`), not the title. */
function titleOf(text: string): string {
  return text
    .replace(SEPARATOR_BEFORE_TITLE, '')
    .replace(/\s*[.:]$/, '')
    .replace(/\s+/g, ' ');
}

function slotLine(text: string): ProgrammeLine {
  const start = TIME.exec(text);
  if (!start) return { kind: 'unreadable-time', text };
  const afterStart = text.slice(start[0].length);
  const end = END_TIME.exec(afterStart);
  if (!end && DASH_BEFORE_DIGIT.test(afterStart)) return { kind: 'unreadable-time', text };
  const title = titleOf(end ? afterStart.slice(end[0].length) : afterStart);
  return { kind: 'slot', starts: writtenTime(start), ...(end && { ends: writtenTime(end) }), title };
}

export function readProgrammeLine(raw: string): ProgrammeLine {
  const text = raw.trim();
  if (BULLET_ONLY.test(text) || PROGRAMME_HEADING.test(text)) return { kind: 'blank' };
  if (LOOKS_LIKE_TIME.test(text)) return slotLine(text);
  const day = DAY_HEADER.exec(text);
  if (day) return { kind: 'day', day: Number(day[1]) };
  const bulleted = BULLETED.exec(text);
  if (bulleted) return { kind: 'description', text: (bulleted[1] ?? '').replace(/\s+/g, ' ') };
  return { kind: 'text', text: text.replace(/\s+/g, ' ') };
}
