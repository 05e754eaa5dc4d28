import { describe, expect, it } from 'vitest';
import { apiTokenMessagesFor } from '#shared/i18n/api-token-messages.ts';

describe('the API tokens page in words', () => {
  it.each([
    [
      'sv',
      'Organisationen har 1 aktiv nyckel.',
      'Organisationen har 2 aktiva nycklar.',
      'om 1 dag',
      'om 2 dagar',
      'i dag',
    ],
    [
      'nb',
      'Organisasjonen har 1 aktiv nøkkel.',
      'Organisasjonen har 2 aktive nøkler.',
      'om 1 dag',
      'om 2 dager',
      'i dag',
    ],
    [
      'en',
      'The organisation has 1 active token.',
      'The organisation has 2 active tokens.',
      'in 1 day',
      'in 2 days',
      'today',
    ],
  ] as const)('counts tokens and days left in %s', (language, one, two, day, days, today) => {
    const t = apiTokenMessagesFor(language);
    expect([t.count(1), t.count(2), t.expiresIn(1), t.expiresIn(2), t.expiresIn(0)]).toEqual([
      one,
      two,
      day,
      days,
      today,
    ]);
  });

  it('writes a thousand days as the language writes numbers', () => {
    expect(apiTokenMessagesFor('sv').count(1000)).toBe('Organisationen har 1\u00a0000 aktiva nycklar.');
    expect(apiTokenMessagesFor('en').count(1000)).toBe('The organisation has 1,000 active tokens.');
  });
});
