import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import {
  readStudyTripSettings,
  studyTripValuesOf,
  tierRowsShown,
  withMoreTierRows,
} from '#shared/organiser/study-trip-settings-form.ts';

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
    expect(values).toMatchObject({
      'tiers.0.name': '',
      'tiers.0.max': '5',
      'tiers.0.organisations': 'Oslo\nBergen\nTrondheim\nStavanger\nKristiansand\nTromsø\nBærum',
    });
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
    expect(readStudyTripSettings('sv', { priceAmount: '3000', priceCurrency: 'DKK' })).toEqual({
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
    expect(readStudyTripSettings('sv', { 'tiers.0.max': '5', 'tiers.0.organisations': 'Oslo' })).toEqual({
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

  it('refuses a tier row it cannot read in the row’s own cells, and skips the rows left empty', () => {
    const read = readStudyTripSettings('sv', {
      quotaDefault: '3',
      'tiers.0.max': '5',
      'tiers.0.organisations': 'Oslo',
      'tiers.2.max': 'fem',
      'tiers.2.organisations': 'Bergen',
      'tiers.3.name': 'Storstäder',
      'tiers.4.name': 'x'.repeat(101),
      'tiers.4.max': '1001',
      'tiers.4.organisations': 'Malmö',
    });
    expect(read).toEqual({
      ok: false,
      errors: {
        'tiers.2.max': 'Ange ett heltal mellan 1 och 1 000.',
        'tiers.3.max': 'Ange ett heltal mellan 1 och 1 000.',
        'tiers.3.organisations': 'Skriv minst en organisation.',
        'tiers.4.name': 'Högst 100 tecken.',
        'tiers.4.max': 'Ange ett heltal mellan 1 och 1 000.',
      },
    });
  });

  it('refuses an organisation in two rows, however its name is written, naming the earlier row', () => {
    expect(
      readStudyTripSettings('nb', {
        quotaDefault: '3',
        'tiers.0.max': '5',
        'tiers.0.organisations': 'Oslo kommune, Bergen',
        'tiers.1.max': '4',
        'tiers.1.organisations': 'oslo',
      }),
    ).toEqual({ ok: false, errors: { 'tiers.1.organisations': 'oslo står allerede på rad 1.' } });
  });

  it('reads a row’s name, and its organisations one per line or separated by commas, spacing tidied', () => {
    const read = readStudyTripSettings('sv', {
      quotaDefault: '3',
      'tiers.0.name': '  Storstäder ',
      'tiers.0.max': ' 10 ',
      'tiers.0.organisations': 'Malmö,   Lunds   universitet \r\n Göteborg\n\nmalmö',
      'tiers.1.max': '2',
      'tiers.1.organisations': 'Lerum',
    });
    expect(read.ok && read.settings.quotas?.tiers).toEqual([
      {
        name: 'Storstäder',
        organisations: ['Malmö', 'Lunds universitet', 'Göteborg'],
        maxPerOrganisation: 10,
      },
      { organisations: ['Lerum'], maxPerOrganisation: 2 },
    ]);
    for (const quotaDefault of ['0', '1001'])
      expect(readStudyTripSettings('sv', { quotaDefault })).toEqual({
        ok: false,
        errors: { quotaDefault: 'Ange ett heltal mellan 1 och 1 000.' },
      });
  });

  it('shows the tiers and two empty rows, the rows a form came back with, and three more on asking', () => {
    expect(tierRowsShown({})).toBe(3);
    expect(tierRowsShown(studyTripValuesOf(KS_STUDY_TRIP))).toBe(3);
    expect(tierRowsShown({ 'tiers.3.max': '5' })).toBe(6);
    expect(tierRowsShown({ tierRows: '4' })).toBe(4);
    // A row typed beyond the count a form says it showed is still shown.
    expect(tierRowsShown({ tierRows: '2', 'tiers.4.organisations': 'Oslo' })).toBe(5);
    expect(withMoreTierRows({ tierRows: '4' }).tierRows).toBe('7');
    expect(withMoreTierRows({ tierRows: '29' }).tierRows).toBe('30');
  });
});
