import type { EventKind, Language } from '#shared/domain/event.ts';

/**
 * Making an event, in words: choosing its kind, previewing its page, publishing it and copying it to a new
 * edition; Swedish first.
 */
const sv = {
  kindChoice: {
    legend: 'Vilken typ av evenemang?',
    descriptions: {
      conference:
        'En dag eller några dagar med program. Var och en anmäler sig själv, och när platserna är slut finns en väntelista.',
      'study-trip':
        'En resa med pris per person. Organisationer anmäler en delegation inom sin kvot av platser.',
      'working-group':
        'En grupp som träffas flera gånger. Kommuner ansöker med ett team, och ni väljer ut vilka som är med.',
    } satisfies Record<EventKind, string>,
    next: 'Fortsätt',
    missing: 'Välj en av de tre typerna.',
    invalid: 'Typen av evenemang är inte vald',
    chosen: (kind: string) => `Typ av evenemang: ${kind}.`,
    change: 'Välj en annan typ',
  },
  preview: {
    link: 'Förhandsgranska sidan',
    banner:
      'Förhandsgranskning: så här ser sidan ut för deltagarna när evenemanget är publicerat. Den är inte publicerad och syns bara för organisationens arrangörer.',
    back: 'Tillbaka till evenemanget',
  },
  publish: {
    link: 'Publicera',
    title: (title: string) => `Publicera: ${title}`,
    opensAt: (when: string) => `Sidan blir offentlig och anmälan öppnar ${when}.`,
    opensNow: 'Sidan blir offentlig och anmälan öppnar direkt.',
    applicationOpensAt: (when: string) => `Sidan blir offentlig och ansökan öppnar ${when}.`,
    applicationOpensNow: 'Sidan blir offentlig och ansökan öppnar direkt.',
    alreadyClosed:
      'Sidan blir offentlig, men sista dag för anmälan har redan passerat, så ingen kan anmäla sig.',
    afterwards:
      'Ett publicerat evenemang kan fortfarande ändras, och ställas in, men inte bli ett utkast igen.',
    confirm: 'Publicera nu',
    keep: 'Inte nu',
    noReplyTo:
      'Evenemanget kan inte publiceras förrän organisationen har en svarsadress. Deltagarnas kalenderinbjudningar skickas från den, och deras svar ska nå en person. En administratör anger den under Inställningar.',
  },
  copy: {
    link: 'Kopiera till en ny upplaga',
    title: (title: string) => `Ny upplaga av ${title}`,
    intro:
      'Den nya upplagan får samma texter, kontaktpersoner, medarrangörer, program, frågor och inställningar. Alla datum flyttas lika långt: evenemanget, programmet, anmälan och träffarna. Den sparas som ett utkast som du kan ändra innan du publicerar.',
    now: (when: string) => `Nu börjar evenemanget ${when}.`,
    weeks: 'Flytta alla datum så här många veckor',
    weeksHint: '52 veckor ger samma veckodag nästa år.',
    weeksInvalid: 'Ange ett heltal mellan 1 och 520.',
    invalid: 'Kopian skapades inte',
    create: 'Skapa den nya upplagan',
    auditDetail: (id: string, weeks: number) => `Kopia av ${id}, alla datum ${weeks} veckor senare`,
  },
};

export type EventCreationMessages = typeof sv;

const nb: EventCreationMessages = {
  kindChoice: {
    legend: 'Hvilken type arrangement?',
    descriptions: {
      conference:
        'En dag eller noen dager med program. Hver enkelt melder seg på selv, og når plassene er tatt, finnes det en venteliste.',
      'study-trip':
        'En reise med pris per person. Organisasjoner melder på en delegasjon innenfor sin kvote av plasser.',
      'working-group':
        'En gruppe som møtes flere ganger. Kommuner søker med et team, og dere velger ut hvem som er med.',
    },
    next: 'Fortsett',
    missing: 'Velg en av de tre typene.',
    invalid: 'Typen arrangement er ikke valgt',
    chosen: (kind) => `Type arrangement: ${kind}.`,
    change: 'Velg en annen type',
  },
  preview: {
    link: 'Forhåndsvis siden',
    banner:
      'Forhåndsvisning: slik ser siden ut for deltakerne når arrangementet er publisert. Den er ikke publisert og vises bare for organisasjonens arrangører.',
    back: 'Tilbake til arrangementet',
  },
  publish: {
    link: 'Publiser',
    title: (title) => `Publiser: ${title}`,
    opensAt: (when) => `Siden blir offentlig, og påmeldingen åpner ${when}.`,
    opensNow: 'Siden blir offentlig, og påmeldingen åpner straks.',
    applicationOpensAt: (when) => `Siden blir offentlig, og søknaden åpner ${when}.`,
    applicationOpensNow: 'Siden blir offentlig, og søknaden åpner straks.',
    alreadyClosed: 'Siden blir offentlig, men påmeldingsfristen er allerede ute, så ingen kan melde seg på.',
    afterwards: 'Et publisert arrangement kan fortsatt endres, og avlyses, men ikke bli et utkast igjen.',
    confirm: 'Publiser nå',
    keep: 'Ikke nå',
    noReplyTo:
      'Arrangementet kan ikke publiseres før organisasjonen har en svaradresse. Deltakernes kalenderinvitasjoner sendes fra den, og svarene deres skal nå en person. En administrator legger den inn under Innstillinger.',
  },
  copy: {
    link: 'Kopier til en ny utgave',
    title: (title) => `Ny utgave av ${title}`,
    intro:
      'Den nye utgaven får de samme tekstene, kontaktpersonene, medarrangørene, programmet, spørsmålene og innstillingene. Alle datoer flyttes like langt: arrangementet, programmet, påmeldingen og samlingene. Den lagres som et utkast som du kan endre før du publiserer.',
    now: (when) => `Nå starter arrangementet ${when}.`,
    weeks: 'Flytt alle datoer så mange uker',
    weeksHint: '52 uker gir samme ukedag neste år.',
    weeksInvalid: 'Oppgi et heltall mellom 1 og 520.',
    invalid: 'Kopien ble ikke opprettet',
    create: 'Opprett den nye utgaven',
    auditDetail: (id, weeks) => `Kopi av ${id}, alle datoer ${weeks} uker senere`,
  },
};

const en: EventCreationMessages = {
  kindChoice: {
    legend: 'What kind of event?',
    descriptions: {
      conference:
        'A day or a few days with a programme. Each person signs up on their own, and when the seats are taken there is a waiting list.',
      'study-trip':
        'A trip with a price per person. Organisations register a delegation within their quota of places.',
      'working-group':
        'A group that meets several times. Municipalities apply with a team, and you select who takes part.',
    },
    next: 'Continue',
    missing: 'Choose one of the three kinds.',
    invalid: 'The kind of event is not chosen',
    chosen: (kind) => `Kind of event: ${kind}.`,
    change: 'Choose another kind',
  },
  preview: {
    link: 'Preview the page',
    banner:
      'Preview: this is how the page will look to participants once the event is published. It is not published, and only your organisation’s organisers can see it.',
    back: 'Back to the event',
  },
  publish: {
    link: 'Publish',
    title: (title) => `Publish: ${title}`,
    opensAt: (when) => `The page becomes public and registration opens ${when}.`,
    opensNow: 'The page becomes public and registration opens at once.',
    applicationOpensAt: (when) => `The page becomes public and applications open ${when}.`,
    applicationOpensNow: 'The page becomes public and applications open at once.',
    alreadyClosed:
      'The page becomes public, but the registration deadline has passed, so nobody can sign up.',
    afterwards: 'A published event can still be changed, and cancelled, but not become a draft again.',
    confirm: 'Publish now',
    keep: 'Not now',
    noReplyTo:
      "The event cannot be published until the organisation has a reply-to address. Participants' calendar invites come from it, and their replies must reach a person. An administrator sets it under Settings.",
  },
  copy: {
    link: 'Copy to a new edition',
    title: (title) => `New edition of ${title}`,
    intro:
      'The new edition gets the same texts, contacts, co-organisers, programme, questions and settings. Every date moves by the same distance: the event, its programme, registration and meetings. It is saved as a draft you can change before you publish.',
    now: (when) => `The event now starts ${when}.`,
    weeks: 'Move every date by this many weeks',
    weeksHint: '52 weeks gives the same weekday next year.',
    weeksInvalid: 'Enter a whole number from 1 to 520.',
    invalid: 'The copy was not made',
    create: 'Create the new edition',
    auditDetail: (id, weeks) => `Copy of ${id}, every date ${weeks} weeks later`,
  },
};

const MESSAGES: Record<Language, EventCreationMessages> = { sv, nb, en };

export function eventCreationMessagesFor(language: Language): EventCreationMessages {
  return MESSAGES[language];
}
