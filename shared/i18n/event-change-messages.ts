import type { Language } from '#shared/domain/event.ts';
import { counted, formatCount } from './plural-forms.ts';

/**
 * Changing an event after it is created, in words: the editor of a published event, what a save did, why one was
 * refused, the audit trail's names for each field, and deciding a working group before its deadline; Swedish first.
 */
const sv = {
  editLink: 'Redigera evenemanget',
  editPublishedTitle: (title: string) => `Redigera: ${title}`,
  publishedIntro:
    'Evenemanget är publicerat: det du sparar syns direkt på den offentliga sidan. Ändrad tid, plats eller titel skickas som en uppdaterad inbjudan till de bekräftade deltagarna, och fler platser går direkt till väntelistan. Tider anges i evenemangets tidszon.',
  saveChanges: 'Spara ändringarna',
  saved: 'Ändringarna är sparade.',
  unchanged: 'Inget var ändrat, så inget sparades.',
  told: (n: number) =>
    `${counted('sv', n, { one: '# bekräftad deltagare', other: '# bekräftade deltagare' })} får en uppdaterad inbjudan.`,
  promoted: (n: number) =>
    `${counted('sv', n, { one: '# person på väntelistan har fått en plats', other: '# personer på väntelistan har fått en plats' })} och ett mejl om det.`,
  offered: (n: number) =>
    `${counted('sv', n, { one: '# person på väntelistan har erbjudits en plats', other: '# personer på väntelistan har erbjudits en plats' })} och ett mejl om det.`,
  changedMeanwhile:
    'Någon annan sparade en ändring av evenemanget medan du redigerade, så inget av det du ändrade sparades. Formuläret visar nu det som är sparat.',
  notSaved: 'Det här hade du ändrat:',
  refusals: {
    capacityBelowConfirmed: (confirmed: number) =>
      `Kapaciteten kan inte sänkas under ${formatCount('sv', confirmed)}, som är antalet anmälda.`,
    placesBelowSelected: (selected: number) =>
      `Antalet kan inte bli lägre än ${formatCount('sv', selected)}, som är antalet redan utvalda kommuner.`,
    quotaBelowTaken: (organisation: string, taken: number) =>
      `${organisation} har redan ${counted('sv', taken, { one: '# plats', other: '# platser' })}, så kvoten kan inte bli lägre än ${formatCount('sv', taken)}.`,
    notInvitedButTaken: (organisation: string, taken: number) =>
      `${organisation} har redan ${counted('sv', taken, { one: '# plats', other: '# platser' })} och måste stå kvar bland de inbjudna.`,
    quotasRemoved: 'Kvoterna kan inte tas bort när organisationer redan har anmält delegationer.',
  },
  /** The audit trail's and the "not saved" list's names for what changed. */
  fields: {
    title: 'Titel',
    summary: 'Ingress',
    description: 'Beskrivning',
    language: 'Språk',
    timeZone: 'Tidszon',
    startsAt: 'Börjar',
    endsAt: 'Slutar',
    venue: 'Plats',
    onlineLink: 'Länk till digitalt möte',
    capacity: 'Antal platser',
    waitingList: 'Väntelista',
    registrationOpensAt: 'Anmälan öppnar',
    registrationClosesAt: 'Sista anmälningsdag',
    applicationClosesAt: 'Sista ansökningsdag',
    targetGroups: 'Målgrupper',
    contacts: 'Kontaktpersoner',
    coOrganisers: 'Medarrangörer',
    price: 'Pris',
    addOns: 'Tillval',
    quotaDefault: 'Standardkvot',
    quotaTiers: 'Kvoter för namngivna organisationer',
    invitedOrganisations: 'Inbjudna organisationer',
    invitedOnly: 'Bara inbjudna',
    wishedRoles: 'Önskade roller',
    selectionPlaces: 'Antal kommuner som väljs ut',
    selectionBasis: 'Grund för urvalet',
    selectionRequirements: 'Krav på de sökande',
    selectionCounty: 'Län',
    workingMethod: 'Arbetssätt',
    meetingCount: 'Antal träffar',
    questions: 'Frågor',
  },
  words: {
    none: '–',
    unlimited: 'obegränsat',
    retired: '(erbjuds inte längre)',
    yes: 'ja',
    no: 'nej',
    perOrganisation: (max: number) => `${formatCount('sv', max)} per organisation`,
  },
  decideNow: {
    link: 'Besluta nu, före sista ansökningsdag',
    title: (title: string) => `Besluta nu: ${title}`,
    consequence: (deadline: string) =>
      `Ansökningstiden stängs nu i stället för ${deadline}. Ansökningar som kommer efter det tas inte emot, och inga ansökningar kan ändras.`,
    button: 'Stäng ansökan och skicka besluten',
    keep: 'Vänta till sista ansökningsdag',
    closed: 'Ansökningstiden är redan slut: skicka besluten från ansökningarna.',
  },
};

export type EventChangeMessages = typeof sv;

const nb: EventChangeMessages = {
  editLink: 'Rediger arrangementet',
  editPublishedTitle: (title) => `Rediger: ${title}`,
  publishedIntro:
    'Arrangementet er publisert: det du lagrer, vises straks på den offentlige siden. Endret tid, sted eller tittel sendes som en oppdatert invitasjon til de bekreftede deltakerne, og flere plasser går straks til ventelisten. Tider oppgis i arrangementets tidssone.',
  saveChanges: 'Lagre endringene',
  saved: 'Endringene er lagret.',
  unchanged: 'Ingenting var endret, så ingenting ble lagret.',
  told: (n) =>
    `${counted('nb', n, { one: '# bekreftet deltaker', other: '# bekreftede deltakere' })} får en oppdatert invitasjon.`,
  promoted: (n) =>
    `${counted('nb', n, { one: '# person på ventelisten har fått plass', other: '# personer på ventelisten har fått plass' })} og en e-post om det.`,
  offered: (n) =>
    `${counted('nb', n, { one: '# person på ventelisten har blitt tilbudt plass', other: '# personer på ventelisten har blitt tilbudt plass' })} og en e-post om det.`,
  changedMeanwhile:
    'Noen andre lagret en endring av arrangementet mens du redigerte, så ingenting av det du endret ble lagret. Skjemaet viser nå det som er lagret.',
  notSaved: 'Dette hadde du endret:',
  refusals: {
    capacityBelowConfirmed: (confirmed) =>
      `Kapasiteten kan ikke senkes under ${formatCount('nb', confirmed)}, som er antallet påmeldte.`,
    placesBelowSelected: (selected) =>
      `Antallet kan ikke bli lavere enn ${formatCount('nb', selected)}, som er antallet kommuner som allerede er valgt ut.`,
    quotaBelowTaken: (organisation, taken) =>
      `${organisation} har allerede ${counted('nb', taken, { one: '# plass', other: '# plasser' })}, så kvoten kan ikke bli lavere enn ${formatCount('nb', taken)}.`,
    notInvitedButTaken: (organisation, taken) =>
      `${organisation} har allerede ${counted('nb', taken, { one: '# plass', other: '# plasser' })} og må stå igjen blant de inviterte.`,
    quotasRemoved: 'Kvotene kan ikke fjernes når organisasjoner allerede har meldt på delegasjoner.',
  },
  fields: {
    title: 'Tittel',
    summary: 'Ingress',
    description: 'Beskrivelse',
    language: 'Språk',
    timeZone: 'Tidssone',
    startsAt: 'Starter',
    endsAt: 'Slutter',
    venue: 'Sted',
    onlineLink: 'Lenke til digitalt møte',
    capacity: 'Antall plasser',
    waitingList: 'Venteliste',
    registrationOpensAt: 'Påmeldingen åpner',
    registrationClosesAt: 'Påmeldingsfrist',
    applicationClosesAt: 'Søknadsfrist',
    targetGroups: 'Målgrupper',
    contacts: 'Kontaktpersoner',
    coOrganisers: 'Medarrangører',
    price: 'Pris',
    addOns: 'Tilvalg',
    quotaDefault: 'Standardkvote',
    quotaTiers: 'Kvoter for navngitte organisasjoner',
    invitedOrganisations: 'Inviterte organisasjoner',
    invitedOnly: 'Bare inviterte',
    wishedRoles: 'Ønskede roller',
    selectionPlaces: 'Antall kommuner som velges ut',
    selectionBasis: 'Grunnlag for utvalget',
    selectionRequirements: 'Krav til søkerne',
    selectionCounty: 'Län (fylke)',
    workingMethod: 'Arbeidsmåte',
    meetingCount: 'Antall samlinger',
    questions: 'Spørsmål',
  },
  words: {
    none: '–',
    unlimited: 'ubegrenset',
    retired: '(tilbys ikke lenger)',
    yes: 'ja',
    no: 'nei',
    perOrganisation: (max) => `${formatCount('nb', max)} per organisasjon`,
  },
  decideNow: {
    link: 'Bestem nå, før søknadsfristen',
    title: (title) => `Bestem nå: ${title}`,
    consequence: (deadline) =>
      `Søknadstiden stenges nå i stedet for ${deadline}. Søknader som kommer etter det, tas ikke imot, og ingen søknader kan endres.`,
    button: 'Steng søknaden og send beslutningene',
    keep: 'Vent til søknadsfristen',
    closed: 'Søknadstiden er allerede ute: send beslutningene fra søknadene.',
  },
};

const en: EventChangeMessages = {
  editLink: 'Edit the event',
  editPublishedTitle: (title) => `Edit: ${title}`,
  publishedIntro:
    'The event is published: what you save shows on the public page at once. A new time, place or title goes to the confirmed participants as an updated invitation, and more seats go to the waiting list at once. Times are in the event’s time zone.',
  saveChanges: 'Save the changes',
  saved: 'The changes are saved.',
  unchanged: 'Nothing had changed, so nothing was saved.',
  told: (n) =>
    `${counted('en', n, { one: '# confirmed participant gets', other: '# confirmed participants get' })} an updated invitation.`,
  promoted: (n) =>
    `${counted('en', n, { one: '# person on the waiting list has', other: '# people on the waiting list have' })} been given a seat and an e-mail about it.`,
  offered: (n) =>
    `${counted('en', n, { one: '# person on the waiting list has', other: '# people on the waiting list have' })} been offered a seat and an e-mail about it.`,
  changedMeanwhile:
    'Someone else saved a change to the event while you were editing, so none of your changes were saved. The form now shows what is saved.',
  notSaved: 'This is what you had changed:',
  refusals: {
    capacityBelowConfirmed: (confirmed) =>
      `The number of seats cannot go below ${formatCount('en', confirmed)}, the number of people signed up.`,
    placesBelowSelected: (selected) =>
      `The number cannot go below ${formatCount('en', selected)}, the number of municipalities already selected.`,
    quotaBelowTaken: (organisation, taken) =>
      `${organisation} already has ${counted('en', taken, { one: '# place', other: '# places' })}, so its quota cannot go below ${formatCount('en', taken)}.`,
    notInvitedButTaken: (organisation, taken) =>
      `${organisation} already has ${counted('en', taken, { one: '# place', other: '# places' })} and must stay among the invited.`,
    quotasRemoved: 'The quotas cannot be removed once organisations have registered delegations.',
  },
  fields: {
    title: 'Title',
    summary: 'Summary',
    description: 'Description',
    language: 'Language',
    timeZone: 'Time zone',
    startsAt: 'Starts',
    endsAt: 'Ends',
    venue: 'Venue',
    onlineLink: 'Link to the online meeting',
    capacity: 'Number of seats',
    waitingList: 'Waiting list',
    registrationOpensAt: 'Registration opens',
    registrationClosesAt: 'Registration deadline',
    applicationClosesAt: 'Application deadline',
    targetGroups: 'Target groups',
    contacts: 'Contacts',
    coOrganisers: 'Co-organisers',
    price: 'Price',
    addOns: 'Add-ons',
    quotaDefault: 'Default quota',
    quotaTiers: 'Quotas for named organisations',
    invitedOrganisations: 'Invited organisations',
    invitedOnly: 'Invited only',
    wishedRoles: 'Preferred roles',
    selectionPlaces: 'Number of municipalities selected',
    selectionBasis: 'Basis of the selection',
    selectionRequirements: 'Requirements for applicants',
    selectionCounty: 'County (län)',
    workingMethod: 'Working method',
    meetingCount: 'Number of meetings',
    questions: 'Questions',
  },
  words: {
    none: '–',
    unlimited: 'no limit',
    retired: '(no longer offered)',
    yes: 'yes',
    no: 'no',
    perOrganisation: (max) => `${formatCount('en', max)} per organisation`,
  },
  decideNow: {
    link: 'Decide now, before the application deadline',
    title: (title) => `Decide now: ${title}`,
    consequence: (deadline) =>
      `Applications close now instead of ${deadline}. Applications that come after that are refused, and no application can be changed.`,
    button: 'Close applications and send the decisions',
    keep: 'Wait for the application deadline',
    closed: 'Applications have already closed: send the decisions from the applications.',
  },
};

const MESSAGES: Record<Language, EventChangeMessages> = { sv, nb, en };

export function eventChangeMessagesFor(language: Language): EventChangeMessages {
  return MESSAGES[language];
}
