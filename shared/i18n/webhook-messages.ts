import type { Language } from '#shared/domain/event.ts';
import type { OutboxStatus } from '#shared/domain/outbound-message.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';
import type { WebhookEventType } from '#shared/webhooks/webhook-events.ts';
import { counted } from './plural-forms.ts';

/** The admins' pages of the organisation's webhook endpoints and their deliveries, and the mail when one is turned off. */
const sv = {
  ...textRuleMessagesFor('sv'),
  title: 'Webhooks',
  manageLink: 'Hantera webhooks',
  intro:
    'En webhook meddelar organisationens egna system när något händer, till exempel när någon anmäler sig. Träffpunkt skickar ett signerat HTTP-anrop (Standard Webhooks) till adressen du anger. Anropet innehåller bara id:n och vad som ändrades; systemet hämtar resten med en API-nyckel.',
  count: (n: number) =>
    counted('sv', n, { one: 'Organisationen har # webhook.', other: 'Organisationen har # webhooks.' }),
  none: 'Organisationen har inga webhooks.',
  columns: {
    url: 'Adress',
    description: 'Beskrivning',
    types: 'Händelser',
    state: 'Status',
    actions: 'Åtgärd',
  },
  enabled: 'På',
  disabled: 'Avstängd',
  disabledFailing: (since: string) => `Avstängd: anropen har misslyckats sedan ${since}`,
  failing: (since: string) => `Misslyckas sedan ${since}`,
  enable: 'Slå på',
  disable: 'Stäng av',
  deliveriesLink: (url: string) => `Leveranser till ${url}`,
  createHeading: 'Lägg till en webhook',
  fields: { url: 'Adress (URL)', description: 'Beskrivning', eventTypes: 'Händelser' },
  urlHint: 'Måste börja med https://.',
  urlHintLocal: 'Måste börja med https://, eller http://127.0.0.1 när Träffpunkt körs lokalt.',
  descriptionHint: 'Vilket system som tar emot anropen, till exempel Intranätet.',
  typesHint: 'Välj minst en händelse.',
  create: 'Lägg till webhooken',
  created: (url: string) => `Webhooken till ${url} är tillagd.`,
  shownOnce:
    'Kopiera signeringsnyckeln nu och ge den till systemet som tar emot anropen, så att det kan kontrollera signaturerna. Den visas bara den här gången.',
  secretLabel: 'Signeringsnyckel',
  switchedOn: (url: string) => `Webhooken till ${url} är på.`,
  switchedOff: (url: string) => `Webhooken till ${url} är avstängd.`,
  notFound: 'Webhooken finns inte, eller är redan så.',
  notSaved: 'Webhooken lades inte till. Rätta följande:',
  required: 'Fyll i fältet.',
  tooLong: (max: number) => `Skriv högst ${max} tecken.`,
  urlInvalid: 'Ange en fullständig adress som börjar med https://.',
  urlInvalidLocal: 'Ange en fullständig adress som börjar med https:// eller http://127.0.0.1.',
  typesRequired: 'Välj minst en händelse.',
  eventTypes: {
    'registration.created': 'Ny anmälan',
    'registration.cancelled': 'Avbokad anmälan',
    'registration.promoted': 'Plats från väntelistan',
    'application.submitted': 'Ny ansökan',
    'application.decided': 'Beslut skickade',
    'event.changed': 'Evenemanget ändrat',
    'meeting.scheduled': 'Träff fått datum',
    'invoice.created': 'Faktura skapad',
  } satisfies Record<WebhookEventType, string>,
  deliveriesTitle: (host: string) => `Leveranser till ${host}`,
  deliveriesIntro:
    'De senaste 50 leveranserna, nyast först. Misslyckade anrop görs om efter 30 sekunder, 2 minuter, 10 minuter, 1 timme, 6 timmar och sedan var 12:e timme. En webhook vars anrop misslyckats i tre dygn stängs av och administratörerna får e-post.',
  noDeliveries: 'Inga leveranser ännu.',
  deliveryColumns: {
    type: 'Händelse',
    status: 'Status',
    answer: 'Svar',
    attempts: 'Försök',
    time: 'Tid',
    actions: 'Åtgärd',
  },
  statuses: {
    pending: 'Väntar',
    sending: 'Skickas',
    sent: 'Levererad',
    failed: 'Misslyckades',
  } satisfies Record<OutboxStatus, string>,
  nextTry: (at: string) => `nästa försök ${at}`,
  noAnswer: 'Inget svar',
  sendAgain: (id: string) => `Skicka igen ${id}`,
  sendAgainLabel: 'Skicka igen',
  sentAgain: 'Leveransen skickas igen.',
  notSentAgain: 'Leveransen väntar redan på att skickas.',
  backToList: 'Tillbaka till webhooks',
  mailSubject: (url: string) => `Webhooken till ${url} är avstängd`,
  mailBody: (url: string, organisation: string) =>
    `Träffpunkt har stängt av webhooken till ${url} för ${organisation}: anropen till den har misslyckats i tre dygn. Inga fler händelser skickas dit förrän en administratör slår på den igen.`,
  mailHint:
    'På sidan ser du varje leverans med svaret. Åtgärda mottagaren, slå på webhooken och skicka igen det som behövs.',
  mailLink: 'Öppna webhooks',
  mailWhy: (organisation: string) =>
    `Du får det här meddelandet eftersom du är administratör för ${organisation} i Träffpunkt.`,
};

export type WebhookMessages = typeof sv;

const nb: WebhookMessages = {
  ...textRuleMessagesFor('nb'),
  title: 'Webhooks',
  manageLink: 'Administrer webhooks',
  intro:
    'En webhook varsler organisasjonens egne systemer når noe skjer, for eksempel når noen melder seg på. Träffpunkt sender et signert HTTP-kall (Standard Webhooks) til adressen du oppgir. Kallet inneholder bare id-er og hva som ble endret; systemet henter resten med en API-nøkkel.',
  count: (n: number) =>
    counted('nb', n, { one: 'Organisasjonen har # webhook.', other: 'Organisasjonen har # webhooks.' }),
  none: 'Organisasjonen har ingen webhooks.',
  columns: {
    url: 'Adresse',
    description: 'Beskrivelse',
    types: 'Hendelser',
    state: 'Status',
    actions: 'Handling',
  },
  enabled: 'På',
  disabled: 'Slått av',
  disabledFailing: (since: string) => `Slått av: kallene har feilet siden ${since}`,
  failing: (since: string) => `Feiler siden ${since}`,
  enable: 'Slå på',
  disable: 'Slå av',
  deliveriesLink: (url: string) => `Leveranser til ${url}`,
  createHeading: 'Legg til en webhook',
  fields: { url: 'Adresse (URL)', description: 'Beskrivelse', eventTypes: 'Hendelser' },
  urlHint: 'Må begynne med https://.',
  urlHintLocal: 'Må begynne med https://, eller http://127.0.0.1 når Träffpunkt kjøres lokalt.',
  descriptionHint: 'Hvilket system som tar imot kallene, for eksempel Intranettet.',
  typesHint: 'Velg minst én hendelse.',
  create: 'Legg til webhooken',
  created: (url: string) => `Webhooken til ${url} er lagt til.`,
  shownOnce:
    'Kopier signeringsnøkkelen nå og gi den til systemet som tar imot kallene, slik at det kan kontrollere signaturene. Den vises bare denne ene gangen.',
  secretLabel: 'Signeringsnøkkel',
  switchedOn: (url: string) => `Webhooken til ${url} er slått på.`,
  switchedOff: (url: string) => `Webhooken til ${url} er slått av.`,
  notFound: 'Webhooken finnes ikke, eller er allerede slik.',
  notSaved: 'Webhooken ble ikke lagt til. Rett følgende:',
  required: 'Fyll ut feltet.',
  tooLong: (max: number) => `Skriv høyst ${max} tegn.`,
  urlInvalid: 'Oppgi en fullstendig adresse som begynner med https://.',
  urlInvalidLocal: 'Oppgi en fullstendig adresse som begynner med https:// eller http://127.0.0.1.',
  typesRequired: 'Velg minst én hendelse.',
  eventTypes: {
    'registration.created': 'Ny påmelding',
    'registration.cancelled': 'Avbestilt påmelding',
    'registration.promoted': 'Plass fra ventelisten',
    'application.submitted': 'Ny søknad',
    'application.decided': 'Vedtak sendt',
    'event.changed': 'Arrangementet endret',
    'meeting.scheduled': 'Møte har fått dato',
    'invoice.created': 'Faktura opprettet',
  },
  deliveriesTitle: (host: string) => `Leveranser til ${host}`,
  deliveriesIntro:
    'De siste 50 leveransene, nyeste først. Kall som feiler, prøves igjen etter 30 sekunder, 2 minutter, 10 minutter, 1 time, 6 timer og deretter hver 12. time. En webhook der kallene har feilet i tre døgn, slås av, og administratorene får e-post.',
  noDeliveries: 'Ingen leveranser ennå.',
  deliveryColumns: {
    type: 'Hendelse',
    status: 'Status',
    answer: 'Svar',
    attempts: 'Forsøk',
    time: 'Tid',
    actions: 'Handling',
  },
  statuses: { pending: 'Venter', sending: 'Sendes', sent: 'Levert', failed: 'Feilet' },
  nextTry: (at: string) => `neste forsøk ${at}`,
  noAnswer: 'Ikke svar',
  sendAgain: (id: string) => `Send igjen ${id}`,
  sendAgainLabel: 'Send igjen',
  sentAgain: 'Leveransen sendes igjen.',
  notSentAgain: 'Leveransen venter allerede på å bli sendt.',
  backToList: 'Tilbake til webhooks',
  mailSubject: (url: string) => `Webhooken til ${url} er slått av`,
  mailBody: (url: string, organisation: string) =>
    `Träffpunkt har slått av webhooken til ${url} for ${organisation}: kallene til den har feilet i tre døgn. Ingen flere hendelser sendes dit før en administrator slår den på igjen.`,
  mailHint:
    'På siden ser du hver leveranse med svaret. Rett opp mottakeren, slå på webhooken og send igjen det som trengs.',
  mailLink: 'Åpne webhooks',
  mailWhy: (organisation: string) =>
    `Du får denne meldingen fordi du er administrator for ${organisation} i Träffpunkt.`,
};

const en: WebhookMessages = {
  ...textRuleMessagesFor('en'),
  title: 'Webhooks',
  manageLink: 'Manage webhooks',
  intro:
    "A webhook tells the organisation's own systems when something happens, such as a sign-up. Träffpunkt sends a signed HTTP request (Standard Webhooks) to the address you give. The request carries only ids and what changed; the system reads the rest with an API token.",
  count: (n: number) =>
    counted('en', n, { one: 'The organisation has # webhook.', other: 'The organisation has # webhooks.' }),
  none: 'The organisation has no webhooks.',
  columns: {
    url: 'Address',
    description: 'Description',
    types: 'Events',
    state: 'Status',
    actions: 'Action',
  },
  enabled: 'On',
  disabled: 'Off',
  disabledFailing: (since: string) => `Off: its requests have failed since ${since}`,
  failing: (since: string) => `Failing since ${since}`,
  enable: 'Turn on',
  disable: 'Turn off',
  deliveriesLink: (url: string) => `Deliveries to ${url}`,
  createHeading: 'Add a webhook',
  fields: { url: 'Address (URL)', description: 'Description', eventTypes: 'Events' },
  urlHint: 'Must start with https://.',
  urlHintLocal: 'Must start with https://, or http://127.0.0.1 when Träffpunkt runs locally.',
  descriptionHint: 'Which system receives the requests, such as The intranet.',
  typesHint: 'Choose at least one event.',
  create: 'Add the webhook',
  created: (url: string) => `The webhook to ${url} has been added.`,
  shownOnce:
    'Copy the signing secret now and give it to the system that receives the requests, so that it can check the signatures. It is shown only this once.',
  secretLabel: 'Signing secret',
  switchedOn: (url: string) => `The webhook to ${url} is on.`,
  switchedOff: (url: string) => `The webhook to ${url} is off.`,
  notFound: 'The webhook does not exist, or is already so.',
  notSaved: 'The webhook was not added. Please correct the following:',
  required: 'Please fill in this field.',
  tooLong: (max: number) =>
    `Please write at most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
  urlInvalid: 'Please enter a full address starting with https://.',
  urlInvalidLocal: 'Please enter a full address starting with https:// or http://127.0.0.1.',
  typesRequired: 'Please choose at least one event.',
  eventTypes: {
    'registration.created': 'New registration',
    'registration.cancelled': 'Registration cancelled',
    'registration.promoted': 'Seat from the waiting list',
    'application.submitted': 'New application',
    'application.decided': 'Decisions sent',
    'event.changed': 'Event changed',
    'meeting.scheduled': 'Meeting dated',
    'invoice.created': 'Invoice created',
  },
  deliveriesTitle: (host: string) => `Deliveries to ${host}`,
  deliveriesIntro:
    'The latest 50 deliveries, newest first. A failed request is tried again after 30 seconds, 2 minutes, 10 minutes, 1 hour, 6 hours and then every 12 hours. A webhook whose requests have failed for three days is turned off and the admins are e-mailed.',
  noDeliveries: 'No deliveries yet.',
  deliveryColumns: {
    type: 'Event',
    status: 'Status',
    answer: 'Answer',
    attempts: 'Tries',
    time: 'Time',
    actions: 'Action',
  },
  statuses: { pending: 'Waiting', sending: 'Sending', sent: 'Delivered', failed: 'Failed' },
  nextTry: (at: string) => `next try ${at}`,
  noAnswer: 'No answer',
  sendAgain: (id: string) => `Send again ${id}`,
  sendAgainLabel: 'Send again',
  sentAgain: 'The delivery will be sent again.',
  notSentAgain: 'The delivery is already waiting to be sent.',
  backToList: 'Back to webhooks',
  mailSubject: (url: string) => `The webhook to ${url} is turned off`,
  mailBody: (url: string, organisation: string) =>
    `Träffpunkt has turned off the webhook to ${url} for ${organisation}: its requests have failed for three days. No more events are sent there until an admin turns it on again.`,
  mailHint:
    'The page lists every delivery with its answer. Fix the receiver, turn the webhook on and send again what is needed.',
  mailLink: 'Open webhooks',
  mailWhy: (organisation: string) =>
    `You receive this message because you are an admin of ${organisation} in Träffpunkt.`,
};

const MESSAGES: Record<Language, WebhookMessages> = { sv, nb, en };

export function webhookMessagesFor(language: Language): WebhookMessages {
  return MESSAGES[language];
}
