import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { readEditionWeeks } from '#shared/organiser/edition-copy-form.ts';
import { nextEdition, WEEKS_TO_NEXT_YEAR } from '#shared/organiser/next-edition.ts';
import { publishConsequence } from '#shared/organiser/publish-consequence.ts';

const pages = demoEventPages('2026-11-22');
const upcoming = (prefix: string) => {
  const page = pages.find(({ event }) => event.id.startsWith(prefix) && event.registrationOpensAt);
  if (!page) throw new Error(`no upcoming ${prefix}`);
  return page;
};

describe('a new edition', () => {
  it('moves the event, its programme and its registration window 52 weeks, keeping the wall clock', () => {
    const source = upcoming('trygghetsdag-');
    const { event, slots } = nextEdition(source, WEEKS_TO_NEXT_YEAR, 'skr');
    expect(source.event.startsAt).toBe('2027-02-04T09:00:00Z');
    // Thursday 4 February 2027 → Thursday 3 February 2028, 10.00 Stockholm time both.
    expect(event).toMatchObject({
      title: 'Trygghetsdag 2028 – Så arbetar vi mot narkotika',
      startsAt: '2028-02-03T09:00:00Z',
      endsAt: '2028-02-03T14:00:00Z',
      registrationClosesAt: '2028-01-26T23:00:00Z',
      editionOf: source.event.id,
      sequence: 0,
      contacts: source.event.contacts,
      coOrganiserIds: ['bra'],
      capacity: 150,
    });
    expect(event).not.toHaveProperty('status');
    expect(slots).toHaveLength(source.slots.length);
    expect(slots[1]).toMatchObject({ id: '1005-oppna-drogscener', startsAt: '2028-02-03T09:05:00Z' });
    expect(slots[1]).not.toHaveProperty('eventId');
  });

  it('keeps 10.00 at 10.00 across a change to summer time, and drops another organisation’s partners', () => {
    const source = upcoming('trygghetsdag-');
    const { event } = nextEdition(source, 10, 'bra');
    expect(event.startsAt).toBe('2027-04-15T08:00:00Z');
    expect(event.title).toBe(source.event.title);
    expect(event).not.toHaveProperty('coOrganiserIds');
  });

  it('moves a working group’s dated meetings and numbers the ones still on from 1', () => {
    const source = upcoming('motorburen-problematik-');
    const meetings = [
      { ...source.meetings[0], number: 1, cancelled: true },
      { ...source.meetings[1], number: 2, startsAt: '2027-05-04T07:00:00Z', endsAt: '2027-05-04T10:00:00Z' },
      { ...source.meetings[2], number: 3, startsAt: undefined, endsAt: undefined },
    ].map((meeting) => ({ ...meeting, eventId: source.event.id, venue: source.event.venue, sequence: 2 }));
    const edition = nextEdition({ ...source, meetings }, 52, 'lansstyrelsen-vg');
    expect(edition.meetings.map(({ number, startsAt, sequence }) => [number, startsAt, sequence])).toEqual([
      [1, '2028-05-02T07:00:00Z', 0],
      [2, undefined, 0],
    ]);
  });

  it('takes a whole number of weeks from 1 to 520', () => {
    expect(readEditionWeeks('sv', { weeks: ' 52 ' })).toEqual({ ok: true, weeks: 52 });
    for (const weeks of ['', '0', '521', '1,5', 'ett år'])
      expect(readEditionWeeks('sv', { weeks })).toEqual({
        ok: false,
        errors: { weeks: 'Ange ett heltal mellan 1 och 520.' },
      });
  });
});

describe('what publishing says it does', () => {
  const draft = upcoming('trygghetsdag-').event;
  const before = new Date('2026-11-15T10:00:00Z');

  it('says when sign-up opens, or that it opens at once, and for a working group that applications do', () => {
    const opening = { ...draft, registrationOpensAt: '2026-11-30T23:00:00Z' };
    expect(publishConsequence(opening, before, 'sv')).toBe(
      'Sidan blir offentlig och anmälan öppnar 1 december 2026.',
    );
    expect(publishConsequence(draft, new Date('2026-12-02T10:00:00Z'), 'sv')).toBe(
      'Sidan blir offentlig och anmälan öppnar direkt.',
    );
    const group = upcoming('motorburen-problematik-').event;
    expect(publishConsequence({ ...group, registrationOpensAt: undefined }, before, 'sv')).toBe(
      'Sidan blir offentlig och ansökan öppnar direkt.',
    );
    expect(
      publishConsequence({ ...opening, registrationOpensAt: '2026-12-01T08:30:00Z' }, before, 'en'),
    ).toBe('The page becomes public and registration opens 1 December 2026 09:30.');
  });

  it('warns when the deadline has already passed', () => {
    expect(publishConsequence(draft, new Date('2027-02-01T10:00:00Z'), 'nb')).toBe(
      'Siden blir offentlig, men påmeldingsfristen er allerede ute, så ingen kan melde seg på.',
    );
  });
});
