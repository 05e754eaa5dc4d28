import { describe, expect, it } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { editorValuesOf, readEventEditor } from '#shared/organiser/event-editor-form.ts';
import { meetingsToBeDecided } from '#shared/working-group/meeting-plan.ts';

const ORGANISATIONS = [
  { id: 'bra', name: 'Brå' },
  { id: 'polisregion-vast', name: 'Polisregion Väst' },
];

const BASE = {
  title: 'Studieresa',
  summary: 'Två dagar.',
  description: 'Om resan.',
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  startsAt: '2027-06-01T09:00',
  endsAt: '2027-06-02T15:00',
  venueKind: 'place',
  venueCity: 'Köpenhamn',
};

const STUDY_TRIP = {
  ...BASE,
  kind: 'study-trip',
  priceAmount: '3000',
  priceCurrency: 'NOK',
  priceApproximate: 'yes',
  priceIncludes: 'Overnatting med frokost\n\n2 lunsjer',
  priceExcludes: 'Fly tur/retur',
  quotaDefault: '3',
  'tiers.0.max': '5',
  'tiers.0.organisations': 'Oslo, Bergen',
  'tiers.1.name': 'Mindre byer',
  'tiers.1.max': '4',
  'tiers.1.organisations': 'Drammen',
  invitedOrganisations: 'Oslo\nBergen\nDrammen\nSkien',
  invitedOnly: 'yes',
  'wishedRole-politician': 'yes',
  'wishedRole-police': 'yes',
};

const WORKING_GROUP = {
  ...BASE,
  kind: 'working-group',
  selectionPlaces: '6',
  selectionBasis: 'Samverkan över gränserna.',
  selectionRequirements: 'En från kommunen\nEn från polisen',
  workingMethod: 'Kartläggning.\n\nÅtgärder.',
  meetingCount: '6',
};

const read = (input: Record<string, string>, language: 'sv' | 'nb' | 'en' = 'sv') =>
  readEventEditor(language, input, ORGANISATIONS);

describe('the event editor’s study-trip sections', () => {
  it('reads the price per person and the quotas in tiers, with invited organisations and wished roles', () => {
    const result = read(STUDY_TRIP);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.fields.price).toEqual({
      amount: 3000,
      currency: 'NOK',
      approximate: true,
      includes: ['Overnatting med frokost', '2 lunsjer'],
      excludes: ['Fly tur/retur'],
    });
    expect(result.fields.quotas).toEqual({
      tiers: [
        { organisations: ['Oslo', 'Bergen'], maxPerOrganisation: 5 },
        { name: 'Mindre byer', organisations: ['Drammen'], maxPerOrganisation: 4 },
      ],
      defaultMaxPerOrganisation: 3,
      invitedOrganisations: ['Oslo', 'Bergen', 'Drammen', 'Skien'],
      invitedOnly: true,
      wishedRoles: ['politician', 'police'],
    });
  });

  it('leaves price and quotas out when their fields are empty', () => {
    const result = read({ ...BASE, kind: 'study-trip' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.fields.price).toBeUndefined();
    expect(result.fields.quotas).toBeUndefined();
  });

  it('refuses a price without a currency, a bad amount, a bad tier row and an organisation in two tiers', () => {
    expect(read({ ...STUDY_TRIP, priceCurrency: '' })).toEqual({
      ok: false,
      errors: { priceCurrency: 'Välj valuta för priset.' },
    });
    expect(read({ ...STUDY_TRIP, priceAmount: '3000,50' })).toEqual({
      ok: false,
      errors: { priceAmount: 'Ange ett heltal mellan 0 och 1 000 000, eller lämna tomt.' },
    });
    expect(read({ ...STUDY_TRIP, 'tiers.1.max': 'många' })).toEqual({
      ok: false,
      errors: { 'tiers.1.max': 'Ange ett heltal mellan 1 och 1 000.' },
    });
    expect(read({ ...STUDY_TRIP, 'tiers.1.organisations': 'oslo kommune' }, 'nb')).toEqual({
      ok: false,
      errors: { 'tiers.1.organisations': 'oslo kommune står allerede på rad 1.' },
    });
  });

  it('refuses named organisations without a default quota, and invited-only without anyone invited', () => {
    expect(read({ ...STUDY_TRIP, quotaDefault: '' }, 'en')).toEqual({
      ok: false,
      errors: { quotaDefault: 'Enter the default quota when you name organisations.' },
    });
    const noTiers = { 'tiers.0.max': '', 'tiers.0.organisations': '', 'tiers.1.name': '', 'tiers.1.max': '' };
    expect(
      read({ ...STUDY_TRIP, ...noTiers, 'tiers.1.organisations': '', invitedOrganisations: '' }, 'en'),
    ).toEqual({
      ok: false,
      errors: { invitedOrganisations: 'Name the invited organisations, or let anyone register.' },
    });
  });
});

describe('the event editor’s working-group sections', () => {
  it('reads the selection, the working method’s paragraphs and the number of meetings', () => {
    const result = read(WORKING_GROUP);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.fields.selection).toEqual({
      places: 6,
      basis: 'Samverkan över gränserna.',
      requirements: ['En från kommunen', 'En från polisen'],
    });
    expect(result.fields.workingMethod).toEqual(['Kartläggning.', 'Åtgärder.']);
    expect(result.meetingCount).toBe(6);
  });

  it('needs the number of places, and refuses a plan beyond seven meetings', () => {
    expect(read({ ...WORKING_GROUP, selectionPlaces: '', meetingCount: '8' })).toEqual({
      ok: false,
      errors: {
        selectionPlaces: 'Ange ett heltal mellan 1 och 50.',
        meetingCount: 'Ange ett heltal mellan 1 och 7.',
      },
    });
  });

  it('reads only the chosen kind’s sections: a conference keeps its price, but no quotas or selection', () => {
    const result = read({ ...STUDY_TRIP, ...WORKING_GROUP, kind: 'conference', 'tiers.0.max': 'nonsense' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.fields.price?.amount).toBe(Number(STUDY_TRIP.priceAmount));
    expect(result.fields).not.toHaveProperty('quotas');
    expect(result.fields).not.toHaveProperty('selection');
    expect(result).not.toHaveProperty('meetingCount');
  });

  it('plans the missing meetings as to be decided, numbered on, and never fewer', () => {
    const event = { id: 'grupp', venue: { kind: 'digital' } as const };
    expect(meetingsToBeDecided(event, [{ number: 1 }, { number: 2 }], 4)).toEqual([
      { eventId: 'grupp', number: 3, venue: { kind: 'digital' }, sequence: 0 },
      { eventId: 'grupp', number: 4, venue: { kind: 'digital' }, sequence: 0 },
    ]);
    expect(meetingsToBeDecided(event, [{ number: 1 }, { number: 2 }], 1)).toEqual([]);
  });
});

describe('the event editor’s co-organisers', () => {
  it('takes the ticked organisations among those offered, and refuses one not offered', () => {
    const result = read({
      ...BASE,
      kind: 'conference',
      'coOrganiser-bra': 'yes',
      'coOrganiser-polisregion-vast': '',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.fields.coOrganiserIds).toEqual(['bra']);
    expect(read({ ...BASE, kind: 'conference', 'coOrganiser-skr': 'yes' })).toEqual({
      ok: false,
      errors: { coOrganisers: 'Välj bland organisationerna i listan.' },
    });
  });
});

describe('filling the editor back from an event', () => {
  it.each([
    ['a study trip', STUDY_TRIP, 0],
    ['a working group', WORKING_GROUP, 6],
  ])('reads %s back as it was stored', (_, form, meetings) => {
    const first = read({ ...form, 'coOrganiser-bra': 'yes' });
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const event = {
      ...first.fields,
      id: 'x',
      organisationId: 'skr',
      status: 'draft',
      coOrganisers: [],
    } as EventRecord;
    expect(read(editorValuesOf(event, meetings))).toEqual(first);
  });
});
