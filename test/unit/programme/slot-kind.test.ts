import { describe, expect, it } from 'vitest';
import { marksEndOfDay, slotKindFromTitle } from '#shared/programme/slot-kind.ts';

describe('the kind of a slot from its title', () => {
  it.each([
    ['Paus', 'break'],
    ['Pause/utsjekk', 'break'],
    ['Kaffepause', 'break'],
    ['Coffee break', 'break'],
    ['Fika', 'break'],
    ['Lunch', 'lunch'],
    ['Lunsj. Hjemreise', 'lunch'],
    ['Middag', 'dinner'],
    ['Dinner at the hotel', 'dinner'],
    ['Grupparbete', 'group-work'],
    ['Gruppevis drøfting', 'group-work'],
    ['Panelsamtal', 'panel'],
    ['Plenum', 'plenary'],
    ['Slutt dag 1', 'other'],
    ['Inledning', 'talk'],
  ])('takes %j as a %s', (title, kind) => {
    expect(slotKindFromTitle(title)).toBe(kind);
  });

  it('reads the opening word whole: a longer word is a talk', () => {
    expect(slotKindFromTitle('Pausen i Oslo')).toBe('talk');
    expect(slotKindFromTitle('Lunchföreläsning om narkotika')).toBe('talk');
    expect(slotKindFromTitle('Middagsmöte med polisen')).toBe('talk');
  });

  it('does not care about case, and looks only at how the title opens', () => {
    expect(slotKindFromTitle('LUNCH')).toBe('lunch');
    expect(slotKindFromTitle('Efter lunch: panel')).toBe('talk');
  });
});

describe('the end of a day', () => {
  it('is marked by the KS slides’ "Slutt dag 1" and its Swedish and English words', () => {
    expect(marksEndOfDay('Slutt dag 1')).toBe(true);
    expect(marksEndOfDay('Slut för idag')).toBe(true);
    expect(marksEndOfDay('End of day one')).toBe(true);
  });

  it('is not marked by a title that only contains the word', () => {
    expect(marksEndOfDay('Sluttsatser')).toBe(false);
    expect(marksEndOfDay('Sammanfattning och slut')).toBe(false);
  });
});
