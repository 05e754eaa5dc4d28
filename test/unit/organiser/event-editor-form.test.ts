import { describe, expect, it } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { editorValuesOf, readEventEditor } from '#shared/organiser/event-editor-form.ts';

const FORM = {
  kind: 'study-trip',
  title: 'Studietur MC-kriminalitet',
  summary: 'Tre dager om MC-kriminalitet.',
  description: 'Første avsnitt.\r\n\r\nAndre avsnitt.',
  language: 'nb',
  timeZone: 'Europe/Oslo',
  startsAt: '2027-06-01T09:00',
  endsAt: '2027-06-03T15:00',
  venueKind: 'place',
  venueName: '',
  venueAddress: '',
  venueCity: 'Oslo',
  capacity: '40',
  registrationOpensAt: '2027-03-01T08:00',
  registrationClosesAt: '2027-05-01T00:00',
  targetGroups: ' Kommuner \n\nPolitiet',
  contacts: 'Kari Nordmann, KS, Kari@KS.no\nOla Hansen, ola@ks.no',
};

describe('reading the event editor', () => {
  it('reads times as wall-clock time in the chosen zone, and lines as lists, with the waiting list off when unticked', () => {
    const read = readEventEditor('nb', FORM, []);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.fields).toEqual({
      kind: 'study-trip',
      title: 'Studietur MC-kriminalitet',
      summary: 'Tre dager om MC-kriminalitet.',
      description: ['Første avsnitt.', 'Andre avsnitt.'],
      language: 'nb',
      timeZone: 'Europe/Oslo',
      startsAt: '2027-06-01T07:00:00Z',
      endsAt: '2027-06-03T13:00:00Z',
      venue: { kind: 'place', name: 'Oslo', city: 'Oslo' },
      capacity: 40,
      waitingListEnabled: false,
      registrationOpensAt: '2027-03-01T07:00:00Z',
      registrationClosesAt: '2027-04-30T22:00:00Z',
      targetGroups: ['Kommuner', 'Politiet'],
      contacts: [
        { purpose: 'general', name: 'Kari Nordmann', organisation: 'KS', email: 'kari@ks.no' },
        { purpose: 'general', name: 'Ola Hansen', email: 'ola@ks.no' },
      ],
    });
  });

  it('refuses an unknown kind and zone, and a deadline before registration opens, in the reader’s language', () => {
    const read = readEventEditor('en', { ...FORM, kind: 'party', timeZone: 'Europe/Atlantis' }, []);
    expect(read).toEqual({
      ok: false,
      errors: { kind: 'Choose one of the options.', timeZone: 'Choose one of the options.' },
    });
    const backwards = readEventEditor('sv', { ...FORM, registrationClosesAt: '2027-02-01T00:00' }, []);
    expect(backwards).toEqual({
      ok: false,
      errors: { registrationClosesAt: 'Sista anmälningsdag måste ligga efter den tid då anmälan öppnar.' },
    });
  });

  it('takes any IANA zone the runtime knows, and reads the times in it', () => {
    const read = readEventEditor('en', { ...FORM, timeZone: 'America/St_Johns' }, []);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.fields.timeZone).toBe('America/St_Johns');
    expect(read.fields.startsAt).toBe('2027-06-01T11:30:00Z');
  });

  it('refuses a start the clocks skip that night in the chosen zone', () => {
    const read = readEventEditor(
      'nb',
      {
        ...FORM,
        startsAt: '2027-03-28T02:15',
        endsAt: '2027-03-29T15:00',
        registrationOpensAt: '',
        registrationClosesAt: '',
      },
      [],
    );
    expect(read).toEqual({
      ok: false,
      errors: {
        startsAt:
          'Klokka stilles fram den natten: 02:15 den 28. mars 2027 finnes ikke. Velg et annet tidspunkt.',
      },
    });
  });

  it('fills the form back from an event as it was read', () => {
    const read = readEventEditor('nb', { ...FORM, waitingList: 'yes' }, []);
    if (!read.ok) throw new Error('refused');
    const event = {
      ...read.fields,
      id: 'x',
      organisationId: 'ks',
      status: 'draft',
      coOrganisers: [],
    } as EventRecord;
    const again = readEventEditor('nb', editorValuesOf(event, 0), []);
    expect(again).toEqual({ ok: true, fields: read.fields });
  });
});
