import { describe, expect, it } from 'vitest';
import {
  largestQuota,
  organisationKey,
  placesByOrganisation,
  placesLeft,
  quotaFor,
} from '#shared/delegation/quota.ts';
import { ksStudyTrip } from './ks-trip.ts';

const { quotas } = ksStudyTrip();

describe('quotaFor on the KS study trip', () => {
  it('gives the large cities of the tier up to five', () => {
    expect(quotaFor(quotas, 'Oslo')).toEqual({ kind: 'quota', organisation: 'Oslo', key: 'oslo', max: 5 });
    expect(quotaFor(quotas, 'Bærum')).toMatchObject({ max: 5 });
  });

  it('gives the other invited municipalities the default of three', () => {
    expect(quotaFor(quotas, 'Drammen')).toEqual({
      kind: 'quota',
      organisation: 'Drammen',
      key: 'drammen',
      max: 3,
    });
  });

  it('knows a municipality however the lead writes it, and names it as the event does', () => {
    expect(quotaFor(quotas, '  øvre   EIKER kommune ')).toEqual({
      kind: 'quota',
      organisation: 'Øvre Eiker',
      key: 'øvre eiker',
      max: 3,
    });
  });

  it('refuses an organisation that is not invited, as only invited ones may register', () => {
    expect(quotaFor(quotas, 'Lillehammer')).toEqual({ kind: 'not-invited', organisation: 'Lillehammer' });
  });

  it('gives anyone the default where the event is open to all', () => {
    expect(quotaFor({ ...quotas, invitedOnly: false }, 'Lillehammer kommune')).toEqual({
      kind: 'quota',
      organisation: 'Lillehammer kommune',
      key: 'lillehammer',
      max: 3,
    });
  });
});

describe('places', () => {
  it('are never fewer than none', () => {
    expect(placesLeft(5, 2)).toBe(3);
    expect(placesLeft(3, 4)).toBe(0);
  });

  it('are listed per invited organisation in the event order, with what each has taken', () => {
    const places = placesByOrganisation(quotas, [
      { organisation: 'Oslo', taken: 2 },
      { organisation: 'Drammen', taken: 3 },
    ]);
    expect(places).toHaveLength(17);
    expect(places[0]).toEqual({ organisation: 'Oslo', key: 'oslo', max: 5, taken: 2, left: 3 });
    expect(places.find((place) => place.key === 'drammen')).toMatchObject({ max: 3, taken: 3, left: 0 });
    expect(places.find((place) => place.key === 'bergen')).toMatchObject({ max: 5, taken: 0, left: 5 });
  });

  it('add organisations that registered on an event open to all', () => {
    const places = placesByOrganisation({ ...quotas, invitedOnly: false }, [
      { organisation: 'Lillehammer', taken: 1 },
    ]);
    expect(places.at(-1)).toEqual({
      organisation: 'Lillehammer',
      key: 'lillehammer',
      max: 3,
      taken: 1,
      left: 2,
    });
  });

  it('offer the lead as many rows as the largest quota', () => {
    expect(largestQuota(quotas)).toBe(5);
  });
});

describe('organisationKey', () => {
  it('is one key for the spellings of one municipality', () => {
    expect(new Set(['Oslo', 'oslo ', 'Oslo kommune', 'OSLO  KOMMUNE'].map(organisationKey))).toEqual(
      new Set(['oslo']),
    );
    expect(organisationKey('Umeå kommun')).toBe('umeå');
  });
});
