import type { SlotKind } from '#shared/domain/programme-slot.ts';

/** A word the title opens with, followed by anything but a letter: `Pause/utsjekk` is a break, `Pausen i Oslo` is not. */
const opensWith = (words: string) => new RegExp(`^(?:${words})(?!\\p{L})`, 'iu');

const END_OF_DAY = opensWith('slutt|slut|end of day');

/** The first match wins; a title matching none is a talk. */
const KINDS: [RegExp, SlotKind][] = [
  [opensWith('(?:kaffe)?pause?|(?:coffee )?break|fika'), 'break'],
  [opensWith('lunch|lunsj'), 'lunch'],
  [opensWith('middag|dinner'), 'dinner'],
  [opensWith('grupparbete|gruppearbeid|gruppevis drøfting|group work'), 'group-work'],
  [/^panel/i, 'panel'],
  [/^plenum/i, 'plenary'],
  [END_OF_DAY, 'other'],
];

/** `Slutt dag 1` in the KS slides marks where the day's sessions end: a moment, not a slot lasting until dinner. */
export function marksEndOfDay(title: string): boolean {
  return END_OF_DAY.test(title);
}

export function slotKindFromTitle(title: string): SlotKind {
  return KINDS.find(([pattern]) => pattern.test(title))?.[1] ?? 'talk';
}
