import type { Language } from '../domain/event.ts';

/** The organiser's side in words: sign-in, the event list and one event's registrations; Swedish first. */
const sv = {
  signInTitle: 'Logga in som arrangör',
  signInIntro:
    'Skriv din e-postadress så skickar vi en inloggningslänk. Den gäller i 10 minuter och kan användas en gång.',
  email: 'E-postadress',
  sendLink: 'Skicka inloggningslänk',
  linkSent:
    'Om adressen tillhör en arrangör har vi skickat en inloggningslänk till den. Länken gäller i 10 minuter och kan användas en gång.',
  confirmTitle: 'Logga in',
  confirmIntro: 'Klicka på knappen för att logga in.',
  confirmButton: 'Logga in',
  invalidLink: 'Länken har redan använts eller har gått ut. Begär en ny inloggningslänk.',
  mailSubject: 'Din inloggningslänk till Träffpunkt',
  mailBody:
    'Använd länken inom 10 minuter för att logga in som arrangör. Om du inte bad om den kan du bortse från meddelandet.',
  mailLink: 'Logga in på Träffpunkt',
  mailWhy:
    'Du får det här meddelandet eftersom någon bad om en inloggningslänk för din adress på Träffpunkt.',
  signOut: 'Logga ut',
  yourEvents: 'Dina evenemang',
  noEvents: 'Organisationen har inga evenemang ännu.',
  counts: { confirmed: 'Bekräftade', waiting: 'På väntelistan', cancelled: 'Avbokade', capacity: 'Platser' },
  confirmedList: 'Bekräftade deltagare',
  waitingList: 'Väntelista',
  cancelledList: 'Avbokade',
  none: 'Inga.',
  columns: {
    name: 'Namn',
    email: 'E-post',
    organisation: 'Organisation',
    organisationKind: 'Typ',
    role: 'Titel eller roll',
    status: 'Status',
    position: 'Plats i kön',
    registeredAt: 'Anmäld',
    actions: 'Åtgärd',
  },
  promote: (name: string) => `Ge ${name} en plats`,
  cancel: (name: string) => `Avboka ${name}`,
  promoted: 'Personen har fått en plats och ett e-postmeddelande om det.',
  cancelled: 'Anmälan är avbokad; den som stod först i kön har fått platsen.',
  viewerNote: 'Du har läsbehörighet och kan inte ändra anmälningar.',
  exportCsv: 'Ladda ner deltagarlistan (CSV för Excel)',
  needsHeading: 'Specialkost och tillgänglighet, sammanräknat',
  needsNote: 'Visas bara som antal, utan namn, så att listan kan lämnas till lokalen.',
  noNeeds: 'Inga behov angivna.',
  diet: 'Specialkost',
  accessibility: 'Tillgänglighet',
  count: 'Antal',
  status: { confirmed: 'Bekräftad', waiting: 'Väntelista', cancelled: 'Avbokad' },
};

export type OrganiserMessages = typeof sv;

const nb: OrganiserMessages = {
  signInTitle: 'Logg inn som arrangør',
  signInIntro:
    'Skriv e-postadressen din, så sender vi en innloggingslenke. Den gjelder i 10 minutter og kan brukes én gang.',
  email: 'E-postadresse',
  sendLink: 'Send innloggingslenke',
  linkSent:
    'Hvis adressen tilhører en arrangør, har vi sendt en innloggingslenke til den. Lenken gjelder i 10 minutter og kan brukes én gang.',
  confirmTitle: 'Logg inn',
  confirmIntro: 'Klikk på knappen for å logge inn.',
  confirmButton: 'Logg inn',
  invalidLink: 'Lenken er allerede brukt eller har gått ut. Be om en ny innloggingslenke.',
  mailSubject: 'Innloggingslenken din til Träffpunkt',
  mailBody:
    'Bruk lenken innen 10 minutter for å logge inn som arrangør. Hvis du ikke ba om den, kan du se bort fra meldingen.',
  mailLink: 'Logg inn på Träffpunkt',
  mailWhy: 'Du får denne meldingen fordi noen ba om en innloggingslenke for adressen din på Träffpunkt.',
  signOut: 'Logg ut',
  yourEvents: 'Arrangementene deres',
  noEvents: 'Organisasjonen har ingen arrangementer ennå.',
  counts: { confirmed: 'Bekreftet', waiting: 'På venteliste', cancelled: 'Avmeldt', capacity: 'Plasser' },
  confirmedList: 'Bekreftede deltakere',
  waitingList: 'Venteliste',
  cancelledList: 'Avmeldte',
  none: 'Ingen.',
  columns: {
    name: 'Navn',
    email: 'E-post',
    organisation: 'Organisasjon',
    organisationKind: 'Type',
    role: 'Tittel eller rolle',
    status: 'Status',
    position: 'Plass i køen',
    registeredAt: 'Påmeldt',
    actions: 'Handling',
  },
  promote: (name) => `Gi ${name} plass`,
  cancel: (name) => `Meld av ${name}`,
  promoted: 'Personen har fått plass og en e-post om det.',
  cancelled: 'Påmeldingen er avmeldt; den som sto først i køen har fått plassen.',
  viewerNote: 'Du har lesetilgang og kan ikke endre påmeldinger.',
  exportCsv: 'Last ned deltakerlisten (CSV for Excel)',
  needsHeading: 'Spesialkost og tilgjengelighet, samlet',
  needsNote: 'Vises bare som antall, uten navn, slik at listen kan gis til lokalet.',
  noNeeds: 'Ingen behov oppgitt.',
  diet: 'Spesialkost',
  accessibility: 'Tilgjengelighet',
  count: 'Antall',
  status: { confirmed: 'Bekreftet', waiting: 'Venteliste', cancelled: 'Avmeldt' },
};

const en: OrganiserMessages = {
  signInTitle: 'Sign in as an organiser',
  signInIntro:
    'Enter your e-mail address and we will send a sign-in link. It is valid for 10 minutes and works once.',
  email: 'E-mail address',
  sendLink: 'Send sign-in link',
  linkSent:
    'If the address belongs to an organiser, we have sent a sign-in link to it. The link is valid for 10 minutes and works once.',
  confirmTitle: 'Sign in',
  confirmIntro: 'Press the button to sign in.',
  confirmButton: 'Sign in',
  invalidLink: 'This link has been used or has expired. Ask for a new sign-in link.',
  mailSubject: 'Your sign-in link to Träffpunkt',
  mailBody:
    'Use the link within 10 minutes to sign in as an organiser. If you did not ask for it, you can ignore this message.',
  mailLink: 'Sign in to Träffpunkt',
  mailWhy:
    'You receive this message because someone asked for a sign-in link for your address on Träffpunkt.',
  signOut: 'Sign out',
  yourEvents: 'Your events',
  noEvents: 'The organisation has no events yet.',
  counts: { confirmed: 'Confirmed', waiting: 'Waiting', cancelled: 'Cancelled', capacity: 'Seats' },
  confirmedList: 'Confirmed participants',
  waitingList: 'Waiting list',
  cancelledList: 'Cancelled',
  none: 'None.',
  columns: {
    name: 'Name',
    email: 'E-mail',
    organisation: 'Organisation',
    organisationKind: 'Kind',
    role: 'Title or role',
    status: 'Status',
    position: 'Place in line',
    registeredAt: 'Signed up',
    actions: 'Action',
  },
  promote: (name) => `Give ${name} a seat`,
  cancel: (name) => `Cancel ${name}`,
  promoted: 'The person has a seat now and has been told by e-mail.',
  cancelled: 'The registration is cancelled; the first in line has the seat.',
  viewerNote: 'You have read access and cannot change registrations.',
  exportCsv: 'Download the participant list (CSV for Excel)',
  needsHeading: 'Dietary and accessibility needs, totals',
  needsNote: 'Shown as counts only, without names, so the list can go to the venue.',
  noNeeds: 'No needs given.',
  diet: 'Dietary needs',
  accessibility: 'Accessibility',
  count: 'Count',
  status: { confirmed: 'Confirmed', waiting: 'Waiting list', cancelled: 'Cancelled' },
};

const MESSAGES: Record<Language, OrganiserMessages> = { sv, nb, en };

export function organiserMessagesFor(language: Language): OrganiserMessages {
  return MESSAGES[language];
}
