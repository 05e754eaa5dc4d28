import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { changeRefusals } from '#shared/organiser/event-change-limits.ts';
import {
  priceValuesOf,
  readPriceSettings,
  withRemovedAddOnsRetired,
} from '#shared/organiser/price-settings-form.ts';

/** The upcoming KS study trip: 3 000 NOK, a hotel night with 40 rooms and a dinner. */
const KS_STUDY_TRIP = demoEventPages('2026-11-22')
  .map(({ event }) => event)
  .filter((event) => event.id.startsWith('ks-studietur-'))
  .sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0] as EventRecord;

describe('the editor’s price and add-ons', () => {
  it('reads back the KS study trip’s price, VAT and add-ons from the form they fill', () => {
    expect(readPriceSettings('nb', priceValuesOf(KS_STUDY_TRIP.price))).toEqual({
      ok: true,
      price: KS_STUDY_TRIP.price,
    });
  });

  it('is free when the price and the add-ons are left empty', () => {
    expect(readPriceSettings('sv', priceValuesOf(undefined))).toEqual({ ok: true });
  });

  it('gives a new add-on an id from its name, its VAT from the price, and refuses a row without a price', () => {
    const read = readPriceSettings('sv', {
      priceAmount: '0',
      priceVatRate: '25',
      priceCurrency: 'SEK',
      'addOns.0.name': 'Hotellnatt 8–9 mars',
      'addOns.0.amount': '1200',
      'addOns.0.capacity': '40',
      'addOns.1.name': 'Middag',
      'addOns.1.amount': '450',
      'addOns.1.nameEn': 'Dinner',
    });
    expect(read).toMatchObject({
      ok: true,
      price: {
        amount: 0,
        addOns: [
          { id: 'hotellnatt-8-9-mars', name: 'Hotellnatt 8–9 mars', amount: 1200, vatRate: 25, capacity: 40 },
          { id: 'middag', name: 'Middag', names: { en: 'Dinner' }, amount: 450, vatRate: 25 },
        ],
      },
    });
    expect(readPriceSettings('sv', { priceCurrency: 'SEK', 'addOns.0.name': 'Middag' })).toEqual({
      ok: false,
      errors: {
        'addOns.0.amount': 'Skriv priset i hela kronor, från 0.',
        'addOns.0.vatRate': 'Ange momsen på priset.',
      },
    });
  });

  it('keeps an add-on’s names in the languages other than the event’s own only', () => {
    const read = readPriceSettings('sv', {
      language: 'sv',
      priceCurrency: 'SEK',
      'addOns.0.name': 'Middag',
      'addOns.0.amount': '450',
      'addOns.0.vatRate': '25',
      'addOns.0.nameSv': 'Kvällsmiddag',
      'addOns.0.nameNb': 'Middag med kollegaer',
    });
    expect(read.ok && read.price?.addOns?.[0]?.names).toEqual({ nb: 'Middag med kollegaer' });
  });

  it('keeps a published event’s removed add-on, retired, for those who hold it', () => {
    const before = KS_STUDY_TRIP;
    const price = before.price;
    if (!price?.addOns) throw new Error('the demo trip has add-ons');
    const after: EventRecord = { ...before, price: { ...price, addOns: price.addOns.slice(1) } };
    expect(
      withRemovedAddOnsRetired(before, after).price?.addOns?.map(({ id, retired }) => [id, retired]),
    ).toEqual([
      ['middag-kvelden-for', undefined],
      ['hotellnatt-for-turen', true],
    ]);
    expect(withRemovedAddOnsRetired({ ...before, status: 'draft' }, after)).toBe(after);
  });

  it('refuses fewer rooms than are taken, with the count, in the row that sets them', () => {
    const price = KS_STUDY_TRIP.price;
    if (!price?.addOns) throw new Error('the demo trip has add-ons');
    const [hotel, dinner] = price.addOns;
    if (!hotel || !dinner) throw new Error('two add-ons');
    const after: EventRecord = {
      ...KS_STUDY_TRIP,
      price: { ...price, addOns: [{ ...hotel, capacity: 30 }, dinner] },
    };
    const taken = { confirmed: 50, selected: 0, quotas: [], meetings: 0, addOns: { [hotel.id]: 35 } };
    expect(changeRefusals(KS_STUDY_TRIP, after, taken, priceValuesOf(after.price), 'nb', 0)).toEqual({
      'addOns.0.capacity': '35 deltakere har allerede valgt tilvalget: antall plasser kan ikke bli færre.',
    });
    expect(
      changeRefusals(KS_STUDY_TRIP, after, { ...taken, addOns: { [hotel.id]: 30 } }, {}, 'nb', 0),
    ).toEqual({});
  });
});
