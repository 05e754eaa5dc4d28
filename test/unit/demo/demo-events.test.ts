import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, type DemoEventPage, demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { isScheduled } from '#shared/domain/meeting.ts';
import { inProgrammeOrder } from '#shared/domain/programme-slot.ts';
import { instantAt, localDay } from '#shared/time.ts';

const TODAY = '2026-11-22';
const pages = demoEventPages(TODAY);

function page(id: string): DemoEventPage {
  const found = pages.find((candidate) => candidate.event.id === id);
  if (!found) throw new Error(`No demo page ${id}`);
  return found;
}

const clock = (instant: string, zone: string) => DateTime.fromISO(instant, { zone }).toFormat('HH:mm');
const daysBetween = (from: string, to: string) =>
  DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days;

/** What an edition repeats from its seed: everything but its identity, its dates and the years in its text. */
function sharedContent(event: EventRecord) {
  const {
    id,
    title,
    description,
    startsAt,
    endsAt,
    registrationOpensAt,
    registrationClosesAt,
    editionOf,
    ...content
  } = event;
  return { ...content, description: description.map((text) => text.replace(/\b\d{4}\b/g, 'yyyy')) };
}

/** A slot as a reader of the programme sees it: which day of the event, what clock times, what content. */
function asRead({ event, slots }: DemoEventPage) {
  const firstDay = localDay(event.startsAt, event.timeZone);
  return inProgrammeOrder(slots).map(({ startsAt, endsAt, id, eventId, ...content }) => ({
    ...content,
    id,
    day: daysBetween(firstDay, localDay(startsAt, event.timeZone)),
    starts: clock(startsAt, event.timeZone),
    ends: endsAt && clock(endsAt, event.timeZone),
  }));
}

describe('the demo pages', () => {
  it('hold each seed and its upcoming edition, with stable readable ids', () => {
    expect(pages.map((each) => each.event.id)).toEqual([
      'trygghetsdag-2022',
      'trygghetsdag-2027',
      'ks-studietur-mc-kriminalitet-2011',
      'ks-studietur-mc-kriminalitet-2027',
      'motorburen-problematik-2020',
      'motorburen-problematik-2027',
    ]);
    expect(demoEventPages(TODAY)).toEqual(pages);
  });

  it('belong to the demo organisations', () => {
    const ids = DEMO_ORGANISATIONS.map((organisation) => organisation.id);
    for (const { event } of pages) expect(ids).toContain(event.organisationId);
    for (const organisation of DEMO_ORGANISATIONS) expect(organisation.retentionDays).toBe(90);
  });

  it('are published and point from each upcoming edition to its seed', () => {
    for (const [index, { event }] of pages.entries()) {
      expect(event.status).toBe('published');
      expect(event.editionOf).toBe(index % 2 === 0 ? undefined : pages[index - 1]?.event.id);
    }
  });

  it('refuse a today that is not a day', () => {
    expect(() => demoEventPages('22/11/2026')).toThrow(/Not a day/);
  });
});

describe.each(['2025-06-15', '2026-03-29', TODAY, '2026-12-30', '2028-02-29'])('loaded on %s', (today) => {
  const loaded = demoEventPages(today);
  const seeds = loaded.filter((_, index) => index % 2 === 0);
  const upcoming = loaded.filter((_, index) => index % 2 === 1);

  it.each(loaded.map((each) => [each.event.id, each] as const))(
    '%s has a sound programme',
    (_, { event, slots }) => {
      const firstDay = localDay(event.startsAt, event.timeZone);
      const lastDay = localDay(event.endsAt, event.timeZone);
      expect(event.startsAt < event.endsAt).toBe(true);
      const ordered = inProgrammeOrder(slots);
      for (const [index, slot] of ordered.entries()) {
        expect(slot.eventId).toBe(event.id);
        if (slot.endsAt) expect(slot.startsAt < slot.endsAt).toBe(true);
        expect(slot.startsAt >= event.startsAt).toBe(true);
        expect((slot.endsAt ?? slot.startsAt) <= event.endsAt).toBe(true);
        expect(localDay(slot.startsAt, event.timeZone) >= firstDay).toBe(true);
        expect(localDay(slot.endsAt ?? slot.startsAt, event.timeZone) <= lastDay).toBe(true);
        const next = ordered[index + 1];
        if (next && next.track === slot.track)
          expect((slot.endsAt ?? slot.startsAt) <= next.startsAt).toBe(true);
      }
      expect(new Set(slots.map((slot) => slot.id)).size).toBe(slots.length);
    },
  );

  it('starts every upcoming edition after today and within four months', () => {
    for (const { event } of upcoming) {
      const days = daysBetween(today, localDay(event.startsAt, event.timeZone));
      expect(days).toBeGreaterThan(0);
      expect(days).toBeLessThanOrEqual(122);
    }
  });

  it('opens registration today and closes it before the start', () => {
    for (const { event } of upcoming) {
      expect(event.registrationOpensAt).toBe(instantAt(today, '00:00', event.timeZone));
      const closesAt = event.registrationClosesAt ?? '';
      expect(closesAt > (event.registrationOpensAt ?? '')).toBe(true);
      expect(closesAt < event.startsAt).toBe(true);
    }
  });

  it('repeats each seed programme on the same weekdays and clock times', () => {
    for (const [index, seed] of seeds.entries()) {
      const edition = upcoming[index];
      if (!edition) throw new Error('Missing upcoming edition');
      expect(asRead(edition)).toEqual(asRead(seed));
      const weekday = (each: DemoEventPage) =>
        DateTime.fromISO(each.event.startsAt, { zone: each.event.timeZone }).weekday;
      expect(weekday(edition)).toBe(weekday(seed));
      expect(sharedContent(edition.event)).toEqual(sharedContent(seed.event));
    }
  });

  it('gives every upcoming edition its own year in id and title', () => {
    for (const { event } of upcoming) {
      const year = localDay(event.startsAt, event.timeZone).slice(0, 4);
      expect(event.id.endsWith(`-${year}`)).toBe(true);
      expect(event.title).toContain(year);
    }
  });
});

describe('Trygghetsdag 2022', () => {
  const { event, slots } = page('trygghetsdag-2022');

  it('keeps its real date and facts', () => {
    expect(event).toMatchObject({
      organisationId: 'skr',
      kind: 'conference',
      language: 'sv',
      timeZone: 'Europe/Stockholm',
      title: 'Trygghetsdag 2022 – Så arbetar vi mot narkotika',
      theme: 'Så arbetar vi mot narkotika',
      startsAt: '2022-02-03T09:00:00Z',
      endsAt: '2022-02-03T14:00:00Z',
      coOrganisers: ['Brottsförebyggande rådet (Brå)'],
      capacity: 150,
    });
    expect(event.summary).toMatch(/^Under Trygghetsdagen får vi inblick/);
    expect(event.targetGroups).toHaveLength(2);
    expect(event.contacts).toEqual([
      expect.objectContaining({ purpose: 'content', name: 'Greta Berg', title: 'sakområdesexpert' }),
      expect.objectContaining({ purpose: 'registration', email: 'konferens@skr.se' }),
    ]);
  });

  it('has the programme with the two typos corrected', () => {
    const times = asRead(page('trygghetsdag-2022')).map(
      (slot) => `${slot.starts}–${slot.ends} ${slot.title}`,
    );
    expect(times).toContain('13:30–13:35 Paus');
    expect(times).toContain('13:35–14:15 Trygghetsarbete i Norrtälje kommun – från strategi till praktik');
    expect(slots).toHaveLength(13);
    expect(slots.filter((slot) => slot.kind === 'break')).toHaveLength(3);
    expect(slots.filter((slot) => slot.kind === 'lunch')).toHaveLength(1);
  });

  it('splits the speakers into name, title and organisation', () => {
    const bySlot = (id: string) => slots.find((slot) => slot.id === id)?.speakers;
    expect(bySlot('1000-inledning')).toEqual([
      { name: 'Greta Berg', organisation: 'Sveriges Kommuner och Regioner (SKR)' },
    ]);
    expect(bySlot('1035-kunskapsbaserat-forebyggande-arbete')).toEqual([
      {
        name: 'Camilla Tjernberg',
        title: 'samordnare brottsförebyggande arbete',
        organisation: 'Länsstyrelsen Västra Götaland',
      },
      {
        name: 'Fredrik Granhag',
        title: 'samordnare brottsförebyggande arbete',
        organisation: 'Länsstyrelsen Västra Götaland',
      },
    ]);
    expect(bySlot('1335-trygghetsarbete-i-norrtalje')?.map((speaker) => speaker.title)).toEqual([
      'folkhälsostrateg',
      'brottsförebyggande strateg',
    ]);
  });

  it('comes again on a Thursday, closing registration a week before', () => {
    const { event: upcoming } = page('trygghetsdag-2027');
    expect(upcoming.title).toBe('Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    expect(upcoming.startsAt).toBe('2027-02-04T09:00:00Z');
    expect(upcoming.registrationClosesAt).toBe('2027-01-27T23:00:00Z');
    expect(upcoming.capacity).toBe(150);
  });
});

describe('the KS study trip', () => {
  const { event, slots } = page('ks-studietur-mc-kriminalitet-2011');

  it('runs over two days in Copenhagen, in Norwegian', () => {
    expect(event).toMatchObject({
      organisationId: 'ks',
      kind: 'study-trip',
      language: 'nb',
      timeZone: 'Europe/Oslo',
      startsAt: '2011-03-23T10:30:00Z',
      endsAt: '2011-03-24T12:00:00Z',
      venue: { kind: 'place', name: 'København', city: 'København' },
    });
    expect(event.price).toMatchObject({
      amount: 3000,
      currency: 'NOK',
      approximate: true,
      includes: ['Overnatting med frokost', '2 lunsjer', 'Middag', 'Møtelokale med frukt og kaffe'],
      excludes: ['Fly tur/retur København'],
      vatRate: 25,
    });
    // Flights are booked by each participant: the night before and its dinner are offered beside the trip.
    expect(event.price?.addOns?.map(({ id, amount, capacity }) => [id, amount, capacity])).toEqual([
      ['hotellnatt-for-turen', 1150, 40],
      ['middag-kvelden-for', 450, undefined],
    ]);
  });

  it('has quotas of five for the large cities and three for the others', () => {
    const quotas = event.quotas;
    expect(quotas?.tiers).toEqual([
      {
        organisations: ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Kristiansand', 'Tromsø', 'Bærum'],
        maxPerOrganisation: 5,
      },
    ]);
    expect(quotas?.defaultMaxPerOrganisation).toBe(3);
    expect(quotas?.invitedOrganisations).toHaveLength(17);
    expect(quotas?.invitedOrganisations).toContain('Øvre Eiker');
    expect(quotas?.invitedOnly).toBe(true);
    expect(quotas?.wishedRoles).toEqual(['politician', 'police', 'crime-prevention-coordinator']);
    expect(event.capacity).toBe(7 * 5 + 10 * 3);
  });

  it('has the programme of the slides, day by day', () => {
    const read = asRead(page('ks-studietur-mc-kriminalitet-2011'));
    expect(read.filter((slot) => slot.day === 0).map((slot) => slot.starts)).toEqual([
      '11:30',
      '11:45',
      '12:45',
      '13:45',
      '14:45',
      '15:45',
      '16:15',
      '18:15',
      '19:30',
    ]);
    expect(read.filter((slot) => slot.day === 1).map((slot) => slot.starts)).toEqual([
      '08:30',
      '09:30',
      '10:15',
      '10:45',
      '11:45',
      '12:45',
      '13:00',
    ]);
    expect(read.find((slot) => slot.title === 'Middag')).toMatchObject({ kind: 'dinner', ends: undefined });
    const bjorgo = slots.find((slot) => slot.id === 'dag2-0930-vi-utvider-perspektivet');
    expect(bjorgo?.speakers).toEqual([expect.objectContaining({ name: 'Tore Bjørgo' })]);
  });

  it('names its support team and dialogue questions', () => {
    expect(event.supportTeam?.map((person) => person.name)).toEqual([
      'Tore Bjørgo',
      'Nils Petter Wiik',
      'Ulrika von Sydow',
      'Geir Sønstebø',
      'Yngve Carlsson',
    ]);
    expect(event.dialogueQuestions?.map((question) => question.subQuestions.length)).toEqual([4, 2, 0]);
  });

  it('comes again on a Wednesday, closing registration two weeks before', () => {
    const { event: upcoming } = page('ks-studietur-mc-kriminalitet-2027');
    expect(upcoming.startsAt).toBe('2027-02-17T10:30:00Z');
    expect(upcoming.registrationClosesAt).toBe('2027-02-02T23:00:00Z');
  });
});

describe('Motorburen problematik', () => {
  const seed = page('motorburen-problematik-2020');
  const upcoming = page('motorburen-problematik-2027');

  it('is written in proper Swedish, its lost letters restored', () => {
    for (const each of [seed, upcoming]) {
      const text = JSON.stringify(each);
      for (const damaged of [
        'Lansstyrelsen',
        'Vastra',
        'Gotaland',
        'Vast',
        'Ronnang',
        'Brottsforebyggande',
        'radet',
        'rorande',
        'okning',
        'fragor',
        'stod',
        'darfor',
        'traffar',
        'ordningsstorningar',
        'atgarder',
      ]) {
        expect(text).not.toMatch(new RegExp(`(^|[^\\p{L}])${damaged}($|[^\\p{L}])`, 'u'));
      }
      for (const restored of [
        'Länsstyrelsen Västra Götaland',
        'Polisregion Väst',
        'Brottsförebyggande rådet',
        'Ann Rönnang',
        'rörande',
        'ökning',
        'frågor',
        'stöd',
        'därför',
        'träffar',
        'ordningsstörningar',
      ]) {
        expect(text).toContain(restored);
      }
    }
  });

  it('selects six municipalities against three requirements', () => {
    expect(seed.event.selection?.places).toBe(6);
    expect(seed.event.selection?.requirements).toHaveLength(3);
    expect(seed.event.coOrganisers).toEqual(['Polisregion Väst', 'Brottsförebyggande rådet (Brå)']);
    expect(seed.event.contacts.map((contact) => [contact.purpose, contact.organisation])).toEqual([
      ['registration', 'Polisregion Väst'],
      ['content', 'Länsstyrelsen Västra Götaland'],
      ['general', 'Brottsförebyggande rådet (Brå)'],
    ]);
  });

  it('has three dated digital meetings and four to be decided', () => {
    const dated = seed.meetings.filter(isScheduled);
    expect(dated.map((meeting) => [meeting.startsAt, meeting.endsAt])).toEqual([
      ['2020-11-16T08:00:00Z', '2020-11-16T11:00:00Z'],
      ['2020-12-15T08:00:00Z', '2020-12-15T11:00:00Z'],
      ['2021-01-26T08:00:00Z', '2021-01-26T11:00:00Z'],
    ]);
    expect(seed.meetings.map((meeting) => meeting.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seed.meetings.filter((meeting) => meeting.startsAt === undefined)).toHaveLength(4);
    expect(seed.event.startsAt).toBe('2020-11-16T08:00:00Z');
    expect(seed.event.title).toBe('Motorburen problematik – regional arbetsgrupp under 2020–2021');
  });

  it('takes applications before 6 November 2020', () => {
    expect(seed.event.registrationClosesAt).toBe('2020-11-05T23:00:00Z');
  });

  it('comes again with a deadline six weeks ahead and the meetings in the seed rhythm', () => {
    expect(upcoming.event.title).toBe('Motorburen problematik – regional arbetsgrupp under 2027–2028');
    expect(upcoming.event.registrationClosesAt).toBe('2027-01-07T23:00:00Z');
    expect(upcoming.meetings.filter(isScheduled).map((meeting) => meeting.startsAt)).toEqual([
      '2027-01-18T08:00:00Z',
      '2027-02-16T08:00:00Z',
      '2027-03-30T07:00:00Z',
    ]);
    expect(upcoming.meetings.every((meeting) => meeting.eventId === upcoming.event.id)).toBe(true);
  });
});
