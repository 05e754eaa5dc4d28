/**
 * What text may hold once it is through the door, the same for every form and API body. Text arrives in NFC, so
 * `Å` typed as A + ring and `Å` typed whole are one name, compare equal and count as one character.
 */
export const normaliseText = (value: string): string => value.normalize('NFC');

/**
 * What no field takes: the C0 control characters but tab, line feed and carriage return (NUL, the escape that starts
 * a terminal sequence), DEL, the C1 controls, and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make a text read in another order than it is stored ("Trojan Source").
 */
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u;

/**
 * What a single-line field (a name, a title, an organisation) does not take besides: line breaks, the line and
 * paragraph separators, and tabs. A header built from it (a mail's subject, a calendar's SUMMARY) cannot be split.
 */
const LINE_BREAK = /[\t\n\r\u2028\u2029]/u;

/** Whether a field holds one line (a name, a title) or may hold many (a description, the needs, notes). */
export type TextLines = 'single' | 'multiple';

export type TextProblem = 'controlCharacter' | 'lineBreak';

/** What is wrong with `value` for a field of `lines`, or undefined when nothing is. */
export function textProblem(value: string, lines: TextLines): TextProblem | undefined {
  if (CONTROL_CHARACTER.test(value)) return 'controlCharacter';
  if (lines === 'single' && LINE_BREAK.test(value)) return 'lineBreak';
  return undefined;
}
