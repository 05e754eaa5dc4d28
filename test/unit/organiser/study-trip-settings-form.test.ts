import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { readStudyTripSettings, studyTripValuesOf } from '#shared/organiser/study-trip-settings-form.ts';

function demoEvent(id: string): EventRecord {
  const page = demoEventPages('2026-11-22').find(({ event }) => event.id === id);
  if (!page) throw new Error(`No demo event ${id}`);
  return page.event;
}

/** KS's study trip: about 3000 NOK, five places for the large cities, three for the others, by invitation. */
const KS_STUDY_TRIP = demoEvent('ks-studietur-mc-kriminalitet-2011');

describe('reading a study trip’s settings', () => {
  it('reads back the KS study trip’s price and quotas from the form they fill', () => {
    const values = studyTripValuesOf(KS_STUDY_TRIP);
    expect(values.quotaTiers).toBe('5: Oslo, Bergen, Trondheim, Stavanger, Kristiansand, Tromsø, Bærum');
    expect(readStudyTripSettings('nb', values)).toEqual({
      ok: true,
      settings: { price: KS_STUDY_TRIP.price, quotas: KS_STUDY_TRIP.quotas },
    });
  });

  it('has neither price nor quotas when the form is left empty', () => {
    expect(readStudyTripSettings('nb', {})).toEqual({ ok: true, settings: {} });
    expect(studyTripValuesOf({})).toMatchObject({ priceAmount: '', quotaDefault: '', invitedOnly: '' });
  });

  it('reads a price with what it includes, one per line, and only the wished roles ticked', () => {
    const read = readStudyTripSettings('sv', {
      priceAmount: ' 2500 ',
      priceCurrency: 'SEK',
      priceIncludes: 'Hotell\n\n Lunch ',
      quotaDefault: '4',
      'wishedRole-police': 'yes',
      'wishedRole-politician': '',
    });
    expect(read).toEqual({
      ok: true,
      settings: {
        price: {
          amount: 2500,
          currency: 'SEK',
          approximate: false,
          includes: ['Hotell', 'Lunch'],
          excludes: [],
        },
        quotas: {
          tiers: [],
          defaultMaxPerOrganisation: 4,
          invitedOrganisations: [],
          invitedOnly: false,
          wishedRoles: ['police'],
        },
      },
    });
  });

  it('asks for the currency of a price, and refuses an amount that is not a whole number in range', () => {
    expect(readStudyTripSettings('sv', { priceAmount: '3000' })).toEqual({
      ok: false,
      errors: { priceCurrency: 'Välj valuta för priset.' },
    });
    expect(readStudyTripSettings('sv', { priceAmount: '3000', priceCurrency: 'EUR' })).toEqual({
      ok: false,
      errors: { priceCurrency: 'Välj valuta för priset.' },
    });
    for (const priceAmount of ['ca 3000', '-1', '1000001', '2999.50'])
      expect(readStudyTripSettings('sv', { priceAmount, priceCurrency: 'SEK' })).toEqual({
        ok: false,
        errors: { priceAmount: 'Ange ett heltal mellan 0 och 1 000 000, eller lämna tomt.' },
      });
  });

  it('asks for a default quota before organisations are named or the trip is by invitation only', () => {
    const message = 'Ange standardkvoten när du namnger organisationer.';
    expect(readStudyTripSettings('sv', { invitedOrganisations: 'Oslo' })).toEqual({
      ok: false,
      errors: { quotaDefault: message },
    });
    expect(readStudyTripSettings('sv', { quotaTiers: '5: Oslo' })).toEqual({
      ok: false,
      errors: { quotaDefault: message },
    });
    expect(readStudyTripSettings('sv', { invitedOnly: 'yes' })).toEqual({
      ok: false,
      errors: {
        quotaDefault: message,
        invitedOrganisations: 'Ange de inbjudna organisationerna, eller tillåt alla att anmäla sig.',
      },
    });
  });

  it('refuses a quota tier it cannot read, naming its line', () => {
    const message = (line: number) =>
      `Rad ${line}: skriv ett högsta antal (1–1 000), kolon och minst en organisation, till exempel 5: Oslo, Bergen.`;
    for (const [quotaTiers, line] of [
      ['Oslo, Bergen', 1],
      ['5: Oslo\n0: Bergen', 2],
      ['5: Oslo\n\n1001: Bergen', 2],
      ['5: , ,', 1],
    ] as const)
      expect(readStudyTripSettings('sv', { quotaDefault: '3', quotaTiers })).toEqual({
        ok: false,
        errors: { quotaTiers: message(line) },
      });
  });

  it('refuses an organisation in two tiers, however its name is written', () => {
    expect(
      readStudyTripSettings('nb', { quotaDefault: '3', quotaTiers: '5: Oslo kommune, Bergen\n4: oslo' }),
    ).toEqual({
      ok: false,
      errors: { quotaTiers: 'oslo står i mer enn ett nivå.' },
    });
  });

  it('reads tiers with loose spacing, and a default quota within 1 to 1000', () => {
    const read = readStudyTripSettings('sv', {
      quotaDefault: '3',
      quotaTiers: '10 :  Malmö,   Lunds   universitet ',
    });
    expect(read.ok && read.settings.quotas?.tiers).toEqual([
      { organisations: ['Malmö', 'Lunds universitet'], maxPerOrganisation: 10 },
    ]);
    for (const quotaDefault of ['0', '1001'])
      expect(readStudyTripSettings('sv', { quotaDefault })).toEqual({
        ok: false,
        errors: { quotaDefault: 'Ange ett heltal mellan 1 och 1 000.' },
      });
  });
});
