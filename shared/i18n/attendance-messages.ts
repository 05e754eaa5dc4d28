import type { Language } from '#shared/domain/event.ts';
import type { AttendanceCounts } from '#shared/organiser/attendance-figures.ts';

/** The attendance figures of an event: the page, its chart, its tables and its export. */
const sv = {
  title: (event: string) => `Närvaro: ${event}`,
  intro:
    'Hur många som anmälde sig och vad som blev av anmälningarna, totalt, per typ av organisation och per län eller fylke (för deltagare från svenska och norska kommuner).',
  noShowsNote: 'Uteblivna räknas när evenemanget är slut: bekräftade som inte checkades in.',
  columns: {
    registered: 'Anmälda',
    confirmed: 'Bekräftade',
    checkedIn: 'Incheckade',
    noShows: 'Uteblivna',
    cancelled: 'Avbokade',
    waiting: 'Väntelista',
  } satisfies Record<keyof AttendanceCounts, string>,
  chartTitle: (event: string) => `Anmälningar till ${event}`,
  chartDescription: (counts: string) => `Antal per läge: ${counts}.`,
  totalHeading: 'Totalt',
  byKindHeading: 'Per typ av organisation',
  byCountyHeading: 'Per län eller fylke',
  kind: 'Typ av organisation',
  county: 'Län eller fylke',
  otherCounty: 'Annan eller okänd kommun',
  none: 'Ingen har anmält sig ännu.',
  download: 'Ladda ned siffrorna (CSV)',
  downloadXlsx: 'Ladda ned siffrorna (Excel)',
  exportName: (eventId: string, extension: 'csv' | 'xlsx') => `${eventId}-narvaro.${extension}`,
  kept: 'Personuppgifterna är raderade. Siffrorna är de som räknades när de raderades.',
  dimension: 'Uppdelning',
  group: 'Grupp',
  organisationLink: 'Närvaro på alla evenemang',
  organisationTitle: 'Närvaro på organisationens evenemang',
  organisationIntro:
    'Anmälda och incheckade på organisationens konferenser och studieresor, senaste först. När ett evenemangs personuppgifter har raderats visas de siffror som räknades då.',
  organisationChart: 'Incheckade per evenemang',
  event: 'Evenemang',
  date: 'Datum',
  allEvents: 'Alla evenemang',
  noEvents: 'Organisationen har inga publicerade konferenser eller studieresor ännu.',
  organisationExportName: (extension: 'csv' | 'xlsx') => `narvaro-alla-evenemang.${extension}`,
};

export type AttendanceMessages = typeof sv;

const nb: AttendanceMessages = {
  title: (event) => `Oppmøte: ${event}`,
  intro:
    'Hvor mange som meldte seg på og hva som ble av påmeldingene, totalt, per type organisasjon og per fylke eller län (for deltakere fra norske og svenske kommuner).',
  noShowsNote: 'Uteblitte telles når arrangementet er over: bekreftede som ikke ble sjekket inn.',
  columns: {
    registered: 'Påmeldte',
    confirmed: 'Bekreftede',
    checkedIn: 'Sjekket inn',
    noShows: 'Uteblitte',
    cancelled: 'Avbestilte',
    waiting: 'Venteliste',
  },
  chartTitle: (event) => `Påmeldinger til ${event}`,
  chartDescription: (counts) => `Antall per status: ${counts}.`,
  totalHeading: 'Totalt',
  byKindHeading: 'Per type organisasjon',
  byCountyHeading: 'Per fylke eller län',
  kind: 'Type organisasjon',
  county: 'Fylke eller län',
  otherCounty: 'Annen eller ukjent kommune',
  none: 'Ingen har meldt seg på ennå.',
  download: 'Last ned tallene (CSV)',
  downloadXlsx: 'Last ned tallene (Excel)',
  exportName: (eventId, extension) => `${eventId}-oppmote.${extension}`,
  kept: 'Personopplysningene er slettet. Tallene er de som ble talt da de ble slettet.',
  dimension: 'Inndeling',
  group: 'Gruppe',
  organisationLink: 'Oppmøte på alle arrangementer',
  organisationTitle: 'Oppmøte på organisasjonens arrangementer',
  organisationIntro:
    'Påmeldte og innsjekkede på organisasjonens konferanser og studieturer, nyeste først. Når et arrangements personopplysninger er slettet, vises tallene som ble talt da.',
  organisationChart: 'Sjekket inn per arrangement',
  event: 'Arrangement',
  date: 'Dato',
  allEvents: 'Alle arrangementer',
  noEvents: 'Organisasjonen har ingen publiserte konferanser eller studieturer ennå.',
  organisationExportName: (extension) => `oppmote-alle-arrangementer.${extension}`,
};

const en: AttendanceMessages = {
  title: (event) => `Attendance: ${event}`,
  intro:
    'How many signed up and what became of their registrations, in all, by kind of organisation and by county (for participants from Swedish and Norwegian municipalities).',
  noShowsNote: 'No-shows are counted once the event is over: confirmed participants who were not checked in.',
  columns: {
    registered: 'Registered',
    confirmed: 'Confirmed',
    checkedIn: 'Checked in',
    noShows: 'No-shows',
    cancelled: 'Cancelled',
    waiting: 'Waiting list',
  },
  chartTitle: (event) => `Registrations for ${event}`,
  chartDescription: (counts) => `Number by state: ${counts}.`,
  totalHeading: 'In all',
  byKindHeading: 'By kind of organisation',
  byCountyHeading: 'By county',
  kind: 'Kind of organisation',
  county: 'County',
  otherCounty: 'Other or unknown municipality',
  none: 'Nobody has signed up yet.',
  download: 'Download the figures (CSV)',
  downloadXlsx: 'Download the figures (Excel)',
  exportName: (eventId, extension) => `${eventId}-attendance.${extension}`,
  kept: 'The personal data has been erased. These are the figures counted when it was.',
  dimension: 'Breakdown',
  group: 'Group',
  organisationLink: 'Attendance at all events',
  organisationTitle: 'Attendance at the organisation’s events',
  organisationIntro:
    'Registered and checked in at the organisation’s conferences and study trips, latest first. Once an event’s personal data is erased, the figures counted then are shown.',
  organisationChart: 'Checked in per event',
  event: 'Event',
  date: 'Date',
  allEvents: 'All events',
  noEvents: 'The organisation has no published conferences or study trips yet.',
  organisationExportName: (extension) => `attendance-all-events.${extension}`,
};

const MESSAGES: Record<Language, AttendanceMessages> = { sv, nb, en };

export const attendanceMessagesFor = (language: Language): AttendanceMessages => MESSAGES[language];
