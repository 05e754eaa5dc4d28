import type { SlotKind } from '#shared/domain/programme-slot.ts';

/** Titles organisers give breaks, meals and shared sessions, in Swedish, Norwegian and English, with the kind each is. */
export const TITLES_OF_EACH_KIND: [string, SlotKind][] = [
  ['Paus', 'break'],
  ['Kaffepaus', 'break'],
  ['Coffee break', 'break'],
  ['Lunch', 'lunch'],
  ['Lunsj', 'lunch'],
  ['Middag', 'dinner'],
  ['Dinner', 'dinner'],
  ['Grupparbete', 'group-work'],
  ['Gruppevis drøfting', 'group-work'],
  ['Panelsamtal om narkotika', 'panel'],
  ['Plenum', 'plenary'],
];
