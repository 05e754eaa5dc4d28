import type { EventRecord, Quotas } from '#shared/domain/event.ts';
import { instantAt } from '#shared/time.ts';
import type { DemoEventPage, Edition, SeedEvent } from './edition.ts';
import { programmeSlots, type SeedSlot } from './seed-programme.ts';
import { addDays } from './upcoming-date.ts';

/** KS's draft of a two-day study trip to Copenhagen on MC crime, "ca. 23–24. mars" 2011 (seeds/003_…). */

const ZONE = 'Europe/Oslo';
const SEED_DAY = '2011-03-23';
const REGISTRATION_CLOSES_DAYS_BEFORE = 14;

const KS = 'KS';
const LARGE_CITIES = ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Kristiansand', 'Tromsø', 'Bærum'];
const OTHER_MUNICIPALITIES = [
  'Drammen',
  'Øvre Eiker',
  'Fredrikstad',
  'Sarpsborg',
  'Skien',
  'Porsgrunn',
  'Klepp',
  'Haugesund',
  'Hamar',
  'Ringsaker',
];
const LARGE_CITY_QUOTA = 5;
const DEFAULT_QUOTA = 3;

const QUOTAS: Quotas = {
  tiers: [{ organisations: LARGE_CITIES, maxPerOrganisation: LARGE_CITY_QUOTA }],
  defaultMaxPerOrganisation: DEFAULT_QUOTA,
  invitedOrganisations: [...LARGE_CITIES, ...OTHER_MUNICIPALITIES],
  invitedOnly: true,
  // "Helst inkl. en politiker, en fra politiet og SLT-koordinator"
  wishedRoles: ['politician', 'police', 'crime-prevention-coordinator'],
};

const TORE_BJORGO = { name: 'Tore Bjørgo', title: 'professor', organisation: 'Politihøgskolen (PHS)' };

/** The slides give start times only: a slot ends when the next one begins, except the end of day 1 and the dinner. */
const PROGRAMME: SeedSlot[] = [
  { id: 'dag1-1130-velkommen', day: 1, starts: '11:30', ends: '11:45', kind: 'talk', title: 'Velkommen' },
  {
    id: 'dag1-1145-mc-situasjonen-i-danmark',
    day: 1,
    starts: '11:45',
    ends: '12:45',
    kind: 'talk',
    title: 'Om MC-situasjonen i Danmark i dag',
    description: '«Det store bildet». Hvem, hva, hvordan, hvorfor?',
  },
  { id: 'dag1-1245-lunsj', day: 1, starts: '12:45', ends: '13:45', kind: 'lunch', title: 'Lunsj' },
  {
    id: 'dag1-1345-hvem-rekrutteres',
    day: 1,
    starts: '13:45',
    ends: '14:45',
    kind: 'talk',
    title:
      'Hvem rekrutteres til rockergruppene? Hvorfor? Kan denne kunnskapen anvendes for å stoppe fødekæden?',
    // The slides name Christian Klement with Jonas Markus Lindstad or Maria Libak Pedersen: one of the two.
    speakers: ['Christian Klement', 'Jonas Markus Lindstad', 'Maria Libak Pedersen'].map((name) => ({
      name,
      organisation: 'Justitsministeriets forskningsenhed',
    })),
  },
  {
    id: 'dag1-1445-politiets-strategier',
    day: 1,
    starts: '14:45',
    ends: '15:45',
    kind: 'talk',
    title: 'Politiets strategier overfor rocker-kriminaliteten',
    description: 'Hva har vært vellykket alt. mislykket? Bruk av Al Capone-metoden m.m.',
  },
  { id: 'dag1-1545-pause', day: 1, starts: '15:45', ends: '16:15', kind: 'break', title: 'Pause' },
  {
    id: 'dag1-1615-kobenhavn-kommune',
    day: 1,
    starts: '16:15',
    ends: '18:15',
    kind: 'talk',
    title: 'København kommunes møte med bandene',
    description:
      'Hvilke virkemidler har kommunen (evt. i samarbeid med lokalt politi) anvendt for å begrense bandenes aktivitet, stoppe rekruttering og fremme «exit»? Hva har en lykkes med, og hva har en ikke lykkes med?',
  },
  { id: 'dag1-1815-slutt', day: 1, starts: '18:15', kind: 'other', title: 'Slutt dag 1' },
  { id: 'dag1-1930-middag', day: 1, starts: '19:30', kind: 'dinner', title: 'Middag' },
  {
    id: 'dag2-0830-danske-kommuner',
    day: 2,
    starts: '08:30',
    ends: '09:30',
    kind: 'talk',
    title: 'De danske kommunenes møte med rockergruppene',
    description:
      'Hvilke virkemidler har de i verktøyskrinet sitt? Hva har en lykkes/mislykkes med? Ved en innleder fra Det Kriminalpræventive Råd – eller fra en aktuell kommune.',
  },
  {
    id: 'dag2-0930-vi-utvider-perspektivet',
    day: 2,
    starts: '09:30',
    ends: '10:15',
    kind: 'talk',
    title: 'Vi utvider perspektivet',
    description:
      'Danske erfaringer, strategier og tiltak settes inn i en mer systematisk modell for forebygging og bekjempelse av alvorlig kriminalitet.',
    speakers: [TORE_BJORGO],
  },
  {
    id: 'dag2-1015-pause-utsjekk',
    day: 2,
    starts: '10:15',
    ends: '10:45',
    kind: 'break',
    title: 'Pause/utsjekk',
  },
  {
    id: 'dag2-1045-gruppevis-drofting',
    day: 2,
    starts: '10:45',
    ends: '11:45',
    kind: 'group-work',
    title: 'Gruppevis drøfting',
    description:
      '2–3 nærliggende byer/kommuner i hver gruppe: Hvilken overføringsverdi har danske erfaringer og tiltak til våre kommuner? Hva kan vi bruke dette til?',
  },
  {
    id: 'dag2-1145-plenum',
    day: 2,
    starts: '11:45',
    ends: '12:45',
    kind: 'plenary',
    title: 'Plenumspresentasjon og drøfting',
  },
  {
    id: 'dag2-1245-veien-videre',
    day: 2,
    starts: '12:45',
    ends: '13:00',
    kind: 'plenary',
    title: 'Veien videre ift. kommunenes arbeid med MC-kriminalitet',
  },
  { id: 'dag2-1300-lunsj', day: 2, starts: '13:00', kind: 'lunch', title: 'Lunsj. Hjemreise' },
];

function ksStudyTripPage(edition: Edition): DemoEventPage {
  const firstDay = addDays(SEED_DAY, edition.shiftDays);
  const year = firstDay.slice(0, 4);
  const id = `ks-studietur-mc-kriminalitet-${year}`;
  const event: EventRecord = {
    id,
    organisationId: 'ks',
    kind: 'study-trip',
    language: 'nb',
    timeZone: ZONE,
    status: 'published',
    title: `Bekjempelse av MC-kriminalitet – studietur og arbeidsseminar i København ${year}`,
    summary:
      'Et kombinert opplegg med studietur og arbeidsseminar for norske kommuner: lære av danske erfaringer med MC-kriminalitet og oversette dem til norsk praksis.',
    theme: 'Bekjempelse av MC-kriminalitet',
    description: [
      'Målsettingen er først å lære av danske erfaringer: Hvorfor og hvordan har gruppene utviklet seg, og hvordan er bandesituasjonen i dag? Hvilke erfaringer – gode som dårlige – har Danmark gjort? Hvilke tiltak virker til å begrense virksomheten og evnen til å rekruttere, og hva virker ikke – eller mot sin hensikt?',
      'Deretter skal vi oversette til norsk praksis: I hvilken grad og på hvilken måte kan danske erfaringer overføres til norske byer og kommuner?',
      'I etterkant av studieturen påbegynnes arbeid med en veileder for hvordan kommunene – i samarbeid med andre gode krefter – kan vanskeliggjøre kriminell aktivitet fra og rekruttering til «1 %»-miljøene.',
      // Person needs a name, and the slides leave these members' names blank.
      'I støtteteamet deltar også Kripos, Politidirektoratet og to fra Kriminalitetsforebyggende råd.',
    ],
    startsAt: instantAt(firstDay, '11:30', ZONE),
    endsAt: instantAt(addDays(firstDay, 1), '13:00', ZONE),
    // The slides name the city only; no hotel or meeting room.
    venue: { kind: 'place', name: 'København', city: 'København' },
    coOrganisers: [],
    targetGroups: [
      'Kommuner med «1 %»-miljøer',
      'Fra hver kommune helst en politiker, en fra politiet og SLT-koordinatoren (som skal møtes dagen etter)',
    ],
    contacts: [{ purpose: 'general', name: 'Yngve Carlsson', title: 'seniorrådgiver', organisation: KS }],
    capacity: LARGE_CITIES.length * LARGE_CITY_QUOTA + OTHER_MUNICIPALITIES.length * DEFAULT_QUOTA,
    price: {
      amount: 3000,
      currency: 'NOK',
      approximate: true,
      includes: ['Overnatting med frokost', '2 lunsjer', 'Middag', 'Møtelokale med frukt og kaffe'],
      excludes: ['Fly tur/retur København'],
      vatRate: 25,
      // Flights are booked by each participant: many arrive the evening before, so that night and its dinner are
      // offered beside the trip. The hotel holds 40 rooms for that night.
      addOns: [
        {
          id: 'hotellnatt-for-turen',
          name: 'Hotellnatt før turen, med frokost',
          names: {
            sv: 'Hotellnatt före resan, med frukost',
            en: 'Hotel night before the trip, with breakfast',
          },
          amount: 1150,
          vatRate: 12,
          capacity: 40,
        },
        {
          id: 'middag-kvelden-for',
          name: 'Middag kvelden før',
          names: { sv: 'Middag kvällen före', en: 'Dinner the evening before' },
          amount: 450,
          vatRate: 25,
        },
      ],
    },
    quotas: QUOTAS,
    supportTeam: [
      TORE_BJORGO,
      { name: 'Nils Petter Wiik', title: 'regiondirektør', organisation: KS },
      { name: 'Ulrika von Sydow', title: 'regiondirektør', organisation: KS },
      { name: 'Geir Sønstebø', title: 'seniorrådgiver', organisation: KS },
      { name: 'Yngve Carlsson', title: 'seniorrådgiver', organisation: KS },
    ],
    dialogueQuestions: [
      {
        question: 'Hvordan ser situasjonen ut i din kommune (evt. kommuneregion)?',
        subQuestions: [
          'Huser dere en 1 %-bande?',
          'Hvem? Hvor mange? Hva slags kriminalitet?',
          'Supportgrupper – «crews»?',
          'Er dette noe en kan leve med – eller noe en bør gjøre noe med?',
        ],
      },
      {
        question:
          'Har din kommune (evt. kommuneregion) gjennomført noen gode «grep» overfor 1 %-bandene – for å …',
        subQuestions: ['a) vanskeliggjøre etablering', 'b) vanskeliggjøre virksomhet'],
      },
      {
        question: 'Er dette noe KS bør jobbe med – for å få fram kunnskap og veiledningsmateriale?',
        subQuestions: [],
      },
    ],
    ...(edition.upcoming && {
      editionOf: edition.upcoming.editionOf,
      registrationOpensAt: edition.upcoming.registrationOpensAt,
      // Closes as the day two weeks before the trip begins: delegations need time to book flights.
      registrationClosesAt: instantAt(addDays(firstDay, -REGISTRATION_CLOSES_DAYS_BEFORE), '00:00', ZONE),
    }),
  };
  return { event, slots: programmeSlots(id, firstDay, ZONE, PROGRAMME), meetings: [] };
}

/** The upcoming edition falls twelve weeks or more ahead. */
export const KS_STUDY_TRIP: SeedEvent = {
  zone: ZONE,
  anchorDay: SEED_DAY,
  leadDays: 12 * 7,
  page: ksStudyTripPage,
};
