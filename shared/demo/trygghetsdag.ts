import type { EventRecord, Person } from '#shared/domain/event.ts';
import type { SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import { instantAt } from '#shared/time.ts';
import type { DemoEventPage, Edition, SeedEvent } from './edition.ts';
import { programmeSlots, type SeedSlot } from './seed-programme.ts';
import { addDays } from './upcoming-date.ts';

/** SKR's "Trygghetsdag 2022 – Så arbetar vi mot narkotika" (seeds/000_…), a one-day conference on a Thursday. */

const ZONE = 'Europe/Stockholm';
const SEED_DAY = '2022-02-03';
const CAPACITY = 150;
const REGISTRATION_CLOSES_DAYS_BEFORE = 7;

const SKR = 'Sveriges Kommuner och Regioner (SKR)';
const POLICE = 'Polismyndigheten';
const GRETA_BERG: Person = { name: 'Greta Berg', organisation: SKR };

/** The seed's 13.30–3.35 and 13.35–4.15 are typos for 13.35 and 14.15: the slots around them prove it. */
const PROGRAMME: SeedSlot[] = [
  {
    id: '1000-inledning',
    starts: '10:00',
    ends: '10:05',
    kind: 'talk',
    title: 'Inledning',
    speakers: [GRETA_BERG],
  },
  {
    id: '1005-oppna-drogscener',
    starts: '10:05',
    ends: '10:30',
    kind: 'talk',
    title: 'Öppna drogscener',
    speakers: [{ name: 'Mia-Maria Magnusson', title: 'Polisdoktorand', organisation: POLICE }],
  },
  { id: '1030-paus', starts: '10:30', ends: '10:35', kind: 'break', title: 'Paus' },
  {
    id: '1035-kunskapsbaserat-forebyggande-arbete',
    starts: '10:35',
    ends: '11:00',
    kind: 'talk',
    title: 'Kunskapsbaserat förebyggande arbete för att minska droghantering på offentliga platser',
    speakers: ['Camilla Tjernberg', 'Fredrik Granhag'].map((name) => ({
      name,
      title: 'samordnare brottsförebyggande arbete',
      organisation: 'Länsstyrelsen Västra Götaland',
    })),
  },
  { id: '1100-paus', starts: '11:00', ends: '11:10', kind: 'break', title: 'Paus' },
  {
    id: '1110-bras-kartlaggning',
    starts: '11:10',
    ends: '11:40',
    kind: 'talk',
    title: 'Brås kartläggning om narkotikamarknader',
    speakers: [{ name: 'Katharina Tollin', title: 'utredare', organisation: 'Brottsförebyggande rådet' }],
  },
  {
    id: '1140-krafttag-mot-narkotika',
    starts: '11:40',
    ends: '12:00',
    kind: 'talk',
    title: 'Krafttag mot narkotika',
    speakers: ['Kerstin Rörsch', 'Seth Åberg'].map((name) => ({
      name,
      title: 'brotts- och drogförebyggare',
      organisation: 'Umeå kommun',
    })),
  },
  { id: '1200-lunch', starts: '12:00', ends: '13:00', kind: 'lunch', title: 'Lunch' },
  {
    id: '1300-oppna-drogscener-i-sverige',
    starts: '13:00',
    ends: '13:30',
    kind: 'talk',
    title: 'Kartläggning av öppna drogscener i Sverige',
    speakers: [{ name: 'Oliver Berger', title: 'utvecklingschef', organisation: 'Urban Utveckling' }],
  },
  { id: '1330-paus', starts: '13:30', ends: '13:35', kind: 'break', title: 'Paus' },
  {
    id: '1335-trygghetsarbete-i-norrtalje',
    starts: '13:35',
    ends: '14:15',
    kind: 'talk',
    title: 'Trygghetsarbete i Norrtälje kommun – från strategi till praktik',
    speakers: [
      { name: 'Sofie Ahlholm', title: 'folkhälsostrateg', organisation: 'Norrtälje kommun' },
      { name: 'Anna Glas', title: 'brottsförebyggande strateg', organisation: 'Norrtälje kommun' },
    ],
  },
  {
    id: '1415-euphoria',
    starts: '14:15',
    ends: '14:45',
    kind: 'talk',
    title: 'Euphoria – vad hände sen?',
    speakers: [
      { name: 'Susan Friberg', title: 'Lokalpolisområdeschef, LPO Skärholmen', organisation: POLICE },
    ],
  },
  {
    id: '1445-sammanfattning',
    starts: '14:45',
    ends: '15:00',
    kind: 'talk',
    title: 'Sammanfattning',
    speakers: [GRETA_BERG],
  },
];

/** The organisers' own question: which talk people most want to discuss, to plan the questions after each. */
const DISCUSSION_QUESTION: SignUpQuestion = {
  id: 'diskussionspass',
  type: 'one-choice',
  label: 'Vilket pass vill du helst diskutera?',
  labels: { nb: 'Hvilken økt vil du helst diskutere?', en: 'Which session would you most like to discuss?' },
  purpose: 'Vi planerar tiden för frågor efter passen efter era svar.',
  required: false,
  choices: [
    { id: 'oppna-drogscener', label: 'Öppna drogscener' },
    { id: 'narkotikamarknader', label: 'Brås kartläggning om narkotikamarknader' },
    { id: 'krafttag', label: 'Krafttag mot narkotika' },
    { id: 'norrtalje', label: 'Trygghetsarbete i Norrtälje kommun' },
    { id: 'euphoria', label: 'Euphoria – vad hände sen?' },
  ],
};

function trygghetsdagPage(edition: Edition): DemoEventPage {
  const day = addDays(SEED_DAY, edition.shiftDays);
  const year = day.slice(0, 4);
  const id = `trygghetsdag-${year}`;
  const event: EventRecord = {
    id,
    organisationId: 'skr',
    kind: 'conference',
    language: 'sv',
    timeZone: ZONE,
    status: 'published',
    title: `Trygghetsdag ${year} – Så arbetar vi mot narkotika`,
    summary:
      'Under Trygghetsdagen får vi inblick i lokalt och nationellt arbete med många bra exempel på hur man arbetar mot narkotikarelaterad brottslighet.',
    theme: 'Så arbetar vi mot narkotika',
    description: [
      'Arbetet mot narkotika är viktigt ur många aspekter. De flesta kommuner har ett förebyggande arbete riktat mot narkotika och brottslighet som är kopplad till narkotika. Narkotikarelaterad brottslighet är ett komplext problem som kräver så god förståelse för ämnet som möjligt. Vi behöver aktuell forskning inom området men vi behöver också göra lokala kartläggningar och analyser för att få kunskap om hur narkotikasituationen ser ut lokalt.',
      'Vi kommer att få träffa SKR, Polismyndigheten, Brottsförebyggande rådet och Länsstyrelsen samt få många bra lokala exempel på hur man jobbar mot narkotikarelaterad brottslighet.',
    ],
    startsAt: instantAt(day, '10:00', ZONE),
    endsAt: instantAt(day, '15:00', ZONE),
    // The seed names no venue: digital invents nothing, where a place would mean making up an address.
    venue: { kind: 'digital' },
    coOrganisers: ['Brottsförebyggande rådet (Brå)'],
    coOrganiserIds: ['bra'],
    targetGroups: [
      'Tjänstemän och förtroendevalda inom kommun och region.',
      'Berörda inom Polismyndigheten, Länsstyrelsen, näringslivet och civilsamhället.',
    ],
    contacts: [
      { purpose: 'content', name: 'Greta Berg', title: 'sakområdesexpert', organisation: SKR },
      { purpose: 'registration', organisation: SKR, email: 'konferens@skr.se' },
    ],
    capacity: CAPACITY,
    questions: [DISCUSSION_QUESTION],
    ...(edition.upcoming && {
      editionOf: edition.upcoming.editionOf,
      registrationOpensAt: edition.upcoming.registrationOpensAt,
      // Closes as the day one week before the event begins.
      registrationClosesAt: instantAt(addDays(day, -REGISTRATION_CLOSES_DAYS_BEFORE), '00:00', ZONE),
    }),
  };
  return { event, slots: programmeSlots(id, day, ZONE, PROGRAMME), meetings: [] };
}

/** The upcoming edition falls ten weeks or more ahead. */
export const TRYGGHETSDAG: SeedEvent = {
  zone: ZONE,
  anchorDay: SEED_DAY,
  leadDays: 10 * 7,
  page: trygghetsdagPage,
};
