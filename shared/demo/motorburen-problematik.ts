import type { EventRecord, Venue } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import { instantAt } from '#shared/time.ts';
import type { DemoEventPage, Edition, SeedEvent } from './edition.ts';
import { addDays } from './upcoming-date.ts';

/**
 * The invitation to the regional working group "Motorburen problematik" 2020–2021 (seeds/004_…).
 * The seed is OCR text that lost å, ä and ö; the words here are restored.
 */

const ZONE = 'Europe/Stockholm';
/**
 * "Anmälan ska ske innan 6 november": taken literally, applications must arrive before 6 November,
 * so the window closes as that day begins (a Friday; the first meeting follows ten days later).
 */
const SEED_DEADLINE = '2020-11-06';
const SEED_FIRST_MEETING = '2020-11-16';
const SEED_DATED_MEETINGS = [SEED_FIRST_MEETING, '2020-12-15', '2021-01-26'];
const MEETING_STARTS = '09:00';
const MEETING_ENDS = '12:00';
/** "5–7 regionala träffar": room for the most, the later ones dated together by the group. */
const MEETING_COUNT = 7;
const DIGITAL: Venue = { kind: 'digital' };

const LANSSTYRELSEN = 'Länsstyrelsen Västra Götaland';
const POLISREGION = 'Polisregion Väst';

function meetings(eventId: string, shiftDays: number): Meeting[] {
  return Array.from({ length: MEETING_COUNT }, (_, index) => {
    const seedDay = SEED_DATED_MEETINGS[index];
    const day = seedDay && addDays(seedDay, shiftDays);
    return {
      eventId,
      number: index + 1,
      ...(day && {
        startsAt: instantAt(day, MEETING_STARTS, ZONE),
        endsAt: instantAt(day, MEETING_ENDS, ZONE),
      }),
      // Only the first meetings are said to be digital; the type needs a venue for the others too.
      venue: DIGITAL,
      sequence: 0,
    };
  });
}

function motorburenProblematikPage(edition: Edition): DemoEventPage {
  const firstMeeting = addDays(SEED_FIRST_MEETING, edition.shiftDays);
  const startYear = Number(firstMeeting.slice(0, 4));
  // "Under 2020–2021": the series runs over its first meeting's year and the next.
  const endYear = startYear + 1;
  const period = `${startYear}–${endYear}`;
  const id = `motorburen-problematik-${startYear}`;
  const event: EventRecord = {
    id,
    organisationId: 'lansstyrelsen-vg',
    kind: 'working-group',
    language: 'sv',
    timeZone: ZONE,
    status: 'published',
    title: `Motorburen problematik – regional arbetsgrupp under ${period}`,
    summary: `${LANSSTYRELSEN}, ${POLISREGION} och Brottsförebyggande rådet bjuder in till en regional arbetsgrupp rörande motorburen problematik.`,
    description: [
      'På nationell nivå har man noterat en ökning av frågor och efterfrågan av stöd kring denna typ av problematik. Vi vill därför erbjuda er en möjlighet att fördjupa er och hitta ett systematiskt arbete med stöd av oss.',
      'Fokus för den regionala arbetsgruppen kommer att vara hur vi förebygger brott, otrygghet och ordningsstörningar, som kan uppstå vid olika typer av träffar med motorburna personer.',
      'Arbetsgruppen är en del av en nationell satsning och erfarenheterna kommer att ligga till grund för ett nationellt metodstöd. Arbetsgruppen syftar till att ta reda på vad en kommunal samordnare och kommunpolis kan göra i samverkan för att förhindra och förebygga brott och otrygghet kopplat exempelvis till drifting, cruising, ”häng” med motorburna personer. Vi kommer dessutom att gemensamt utreda vilka brott det kan handla om och vilken typ av ordningsstörningar.',
      `Arbetet omfattas av 5–7 regionala träffar under ${period}. De första träffarna sker digitalt. Tiderna därefter bestäms tillsammans i gruppen utifrån behov.`,
    ],
    startsAt: instantAt(firstMeeting, MEETING_STARTS, ZONE),
    // The planned period's end, not the last dated meeting's: the meetings still to be decided come after that,
    // and the group stays ongoing until then. 23.59 keeps the end on the period's last day wherever it is shown.
    endsAt: instantAt(`${endYear}-12-31`, '23:59', ZONE),
    venue: DIGITAL,
    coOrganisers: [POLISREGION, 'Brottsförebyggande rådet (Brå)'],
    coOrganiserIds: ['polisregion-vast', 'bra'],
    targetGroups: [
      'Kommunala samordnare med ansvar för det brottsförebyggande och trygghetsskapande arbetet',
      'Kommunpoliser med ansvar för det brottsförebyggande och trygghetsskapande arbetet',
    ],
    contacts: [
      {
        purpose: 'registration',
        name: 'Ann Rönnang',
        title: 'regional brottsförebyggande samordnare',
        organisation: POLISREGION,
        email: 'ann.ronnang@polisen.se',
      },
      {
        purpose: 'content',
        name: 'Camilla Tjernberg',
        title: 'samordnare brottsförebyggande arbete',
        organisation: LANSSTYRELSEN,
        email: 'camilla.tjernberg@lansstyrelsen.se',
      },
      // The invitation comes from three bodies but names people at two: Brå is reached at its organisers' address.
      { purpose: 'general', organisation: 'Brottsförebyggande rådet (Brå)', email: 'arrangor@bra.se' },
    ],
    registrationClosesAt: instantAt(addDays(SEED_DEADLINE, edition.shiftDays), '00:00', ZONE),
    selection: {
      places: 6,
      basis:
        'Vi förbehåller oss rätten att utse vilka som passar in i arbetsgruppen och som möjliggör ett samarbete över geografiska gränser.',
      requirements: [
        'Det finns representation från både kommun och polis, som har ansvar för det brottsförebyggande och trygghetsskapande arbetet.',
        'Problematiken finns i den lokala lägesbilden.',
        'Arbetet kan prioriteras mellan träffarna, så att det blir en bra arbetsprocess i gruppen.',
      ],
      // Länsstyrelsen Västra Götaland and Polisregion Väst invite the county's municipalities.
      county: '14',
    },
    workingMethod: [
      'Vi följer den kunskapsbaserade brottsförebyggande arbetsprocessen med kartläggning, orsaksanalys, val av åtgärder och uppföljning/utvärdering.',
      'Under träffarna ges kunskap och handledning. Mellan träffarna arbetar ni vidare på hemmaplan utifrån er lokala förutsättning.',
      'Eftersom detta är en problematik som förflyttar sig och påverkar många kommuner så blir det viktigt att kunna arbeta över kommungränserna.',
    ],
    ...(edition.upcoming && {
      editionOf: edition.upcoming.editionOf,
      registrationOpensAt: edition.upcoming.registrationOpensAt,
    }),
  };
  return { event, slots: [], meetings: meetings(id, edition.shiftDays) };
}

/** The upcoming edition's application deadline falls six weeks or more ahead, on the seed's weekday. */
export const MOTORBUREN_PROBLEMATIK: SeedEvent = {
  zone: ZONE,
  anchorDay: SEED_DEADLINE,
  leadDays: 6 * 7,
  page: motorburenProblematikPage,
};
