import { describe, expect, it } from 'vitest';
import { summariseNeeds } from '#shared/organiser/needs-summary.ts';

describe('needs as the venue sees them', () => {
  it('counts spellings that differ only in case or space as one, most common first, with no names', () => {
    const needs = [
      { diet: 'Vegetarisk' },
      { diet: 'vegetarisk ' },
      { diet: 'laktosfri', accessibility: 'hörslinga' },
      {},
    ];
    expect(summariseNeeds(needs)).toEqual({
      diet: [
        { need: 'vegetarisk', count: 2 },
        { need: 'laktosfri', count: 1 },
      ],
      accessibility: [{ need: 'hörslinga', count: 1 }],
    });
  });

  it('names a need the same whatever order the registrations are read in', () => {
    const needs = [{ diet: 'Glutenfri' }, { diet: 'glutenfri' }, { diet: 'Glutenfri' }];
    const names = [needs, [...needs].reverse()].map((order) => summariseNeeds(order).diet[0]?.need);
    expect(names).toEqual(['Glutenfri', 'Glutenfri']);
  });
});
