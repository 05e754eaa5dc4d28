import { describe, expect, it } from 'vitest';
import { type DemoEventPage, demoEventPages } from '#shared/demo/demo-events.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import { meetingFormValues, readMeetingForm } from '#shared/working-group/meeting-form.ts';

function demoPage(id: string): DemoEventPage {
  const page = demoEventPages('2026-11-22').find(({ event }) => event.id === id);
  if (!page) throw new Error(`No demo page ${id}`);
  return page;
}

/** Motorburen problematik 2027: meetings 1–3 dated (the first 18 January, 9–12 Stockholm time), 4–7 to be decided. */
const MOTORBUREN = demoPage('motorburen-problematik-2027');
const { event } = MOTORBUREN;

function meeting(number: number): Meeting {
  const found = MOTORBUREN.meetings.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`No meeting ${number}`);
  return found;
}

const NOW = new Date('2026-12-01T10:00:00Z');
const FIRST = meeting(1);
const UNDATED = meeting(4);

const form = (changes: Record<string, string> = {}) => ({
  date: '2027-03-09',
  startTime: '09:00',
  endTime: '12:00',
  venueKind: 'digital',
  venueName: '',
  venueAddress: '',
  venueCity: '',
  agenda: '',
  materials: '',
  ...changes,
});

describe('reading the meeting form', () => {
  it('dates a meeting in the event’s zone, digital, with agenda and materials', () => {
    const read = readMeetingForm(
      event,
      'sv',
      form({
        agenda: ' Lägesbild och orsaksanalys ',
        materials: 'Lägesbild https://lansstyrelsen.se/lagesbild.pdf\n\n  Metodstöd   https://bra.se/metod ',
      }),
      NOW,
      UNDATED,
    );
    expect(read).toEqual({
      ok: true,
      fields: {
        startsAt: '2027-03-09T08:00:00Z',
        endsAt: '2027-03-09T11:00:00Z',
        venue: { kind: 'digital' },
        agenda: 'Lägesbild och orsaksanalys',
        materials: [
          { title: 'Lägesbild', url: 'https://lansstyrelsen.se/lagesbild.pdf' },
          { title: 'Metodstöd', url: 'https://bra.se/metod' },
        ],
      },
    });
  });

  it('leaves a meeting to be decided when no time is given', () => {
    expect(
      readMeetingForm(event, 'sv', form({ date: '', startTime: '', endTime: '' }), NOW, UNDATED),
    ).toEqual({
      ok: true,
      fields: { venue: { kind: 'digital' } },
    });
  });

  it('asks for the date and both times once any of them is given', () => {
    const message = 'Ange datum och när träffen börjar och slutar.';
    expect(readMeetingForm(event, 'sv', form({ date: '' }), NOW)).toEqual({
      ok: false,
      errors: { date: message },
    });
    expect(readMeetingForm(event, 'sv', form({ startTime: '' }), NOW)).toEqual({
      ok: false,
      errors: { startTime: message },
    });
    expect(readMeetingForm(event, 'sv', form({ endTime: ' ' }), NOW)).toEqual({
      ok: false,
      errors: { endTime: message },
    });
  });

  it('refuses a time the clocks skip that night rather than move it an hour, in the organiser’s language', () => {
    expect(
      readMeetingForm(event, 'nb', form({ date: '2027-03-28', startTime: '02:15', endTime: '04:00' }), NOW),
    ).toEqual({
      ok: false,
      errors: {
        startTime:
          'Klokka stilles fram den natten: 02:15 den 28. mars 2027 finnes ikke. Velg et annet tidspunkt.',
      },
    });
  });

  it('refuses to take the date off a dated meeting, which is in the members’ calendars', () => {
    expect(readMeetingForm(event, 'en', form({ date: '', startTime: '', endTime: '' }), NOW, FIRST)).toEqual({
      ok: false,
      errors: { date: 'A dated meeting can be moved or cancelled, but not made undated again.' },
    });
  });

  it('refuses a new time that has passed, but keeps a past meeting’s own time when it is saved unchanged', () => {
    const later = new Date('2027-01-20T10:00:00Z');
    const values = meetingFormValues(FIRST, event.timeZone);
    expect(values).toMatchObject({ date: '2027-01-18', startTime: '09:00', endTime: '12:00' });
    expect(readMeetingForm(event, 'sv', { ...values, agenda: 'Uppföljning' }, later, FIRST)).toEqual({
      ok: true,
      fields: {
        startsAt: FIRST.startsAt,
        endsAt: FIRST.endsAt,
        venue: { kind: 'digital' },
        agenda: 'Uppföljning',
      },
    });
    expect(readMeetingForm(event, 'sv', { ...values, startTime: '10:00' }, later, FIRST)).toEqual({
      ok: false,
      errors: { date: 'Tidpunkten har redan passerat. Välj en senare tidpunkt.' },
    });
    expect(readMeetingForm(event, 'sv', { ...values }, later, UNDATED)).toEqual({
      ok: false,
      errors: { date: 'Tidpunkten har redan passerat. Välj en senare tidpunkt.' },
    });
  });

  it('names a place by its city when it has no name, and asks for the city', () => {
    const read = readMeetingForm(
      event,
      'sv',
      form({ venueKind: 'place', venueCity: 'Borås', venueAddress: 'Stora torget 1' }),
      NOW,
    );
    expect(read.ok && read.fields.venue).toEqual({
      kind: 'place',
      name: 'Borås',
      address: 'Stora torget 1',
      city: 'Borås',
    });
    expect(readMeetingForm(event, 'sv', form({ venueKind: 'place', venueName: 'Stadshuset' }), NOW)).toEqual({
      ok: false,
      errors: { venueCity: 'Ange orten för en träff på plats.' },
    });
  });

  it('refuses a material line without a name and an https address, naming the first such line', () => {
    for (const [materials, line] of [
      ['Lägesbild https://x.se\n\nhttp://bra.se/metod Metodstöd', 3],
      ['Lägesbild https://x.se\nhttps://bra.se/metod\nMetodstöd', 2],
      ['Lägesbild https://x.se\n\nMetodstöd http://bra.se/metod', 3],
      ['Lägesbild https://x.se\n\nMetodstöd', 3],
    ] as const)
      expect(readMeetingForm(event, 'sv', form({ materials }), NOW)).toEqual({
        ok: false,
        errors: { materials: `Rad ${line}: skriv namnet och sedan en adress som börjar med https://.` },
      });
  });

  it('refuses an agenda past 2000 characters and a place past 300', () => {
    expect(
      readMeetingForm(
        event,
        'nb',
        form({ agenda: 'a'.repeat(2001), venueKind: 'place', venueCity: 'B'.repeat(301) }),
        NOW,
      ),
    ).toEqual({ ok: false, errors: { agenda: 'Høyst 2000 tegn.', venueCity: 'Høyst 300 tegn.' } });
  });
});

describe('the form values of a meeting', () => {
  it('are its local date and times, place and materials, and read back to the same meeting', () => {
    const stored: Meeting = {
      ...FIRST,
      venue: { kind: 'place', name: 'Stadshuset', address: 'Stora torget 1', city: 'Borås' },
      agenda: 'Lägesbild',
      materials: [{ title: 'Lägesbild', url: 'https://lansstyrelsen.se/lagesbild.pdf' }],
      sequence: 2,
    };
    const values = meetingFormValues(stored, event.timeZone);
    expect(values).toEqual({
      date: '2027-01-18',
      startTime: '09:00',
      endTime: '12:00',
      venueKind: 'place',
      venueName: 'Stadshuset',
      venueAddress: 'Stora torget 1',
      venueCity: 'Borås',
      agenda: 'Lägesbild',
      materials: 'Lägesbild https://lansstyrelsen.se/lagesbild.pdf',
      sequence: '2',
    });
    const { eventId, number, sequence, cancelled, ...fields } = stored;
    expect(readMeetingForm(event, 'sv', values, NOW, stored)).toEqual({ ok: true, fields });
  });

  it('are empty times for a meeting to be decided', () => {
    expect(meetingFormValues(UNDATED, event.timeZone)).toMatchObject({
      date: '',
      startTime: '',
      endTime: '',
      venueKind: 'digital',
    });
  });
});
