import type { Representation } from '#shared/domain/application.ts';
import type { Language } from '#shared/domain/event.ts';
import type { SignUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import { counted } from './plural-forms.ts';
import { textRuleMessagesFor } from './text-rule-messages.ts';

/** A municipality's application to a working group in words: the form, its criteria, the outcome and the receipt. */
const sv = {
  apply: 'Ansök',
  formTitle: (title: string) => `Ansökan: ${title}`,
  editTitle: (municipality: string, title: string) => `Ansökan från ${municipality}: ${title}`,
  formIntro:
    'Kommunen ansöker som ett team med representanter för både kommunen och polisen. Alla i teamet får ett kvitto på ansökan med en länk där ni kan ändra den fram till sista ansökningsdag.',
  requirementsHeading: 'Krav för att delta',
  selectionNote: (places: number) =>
    `${counted('sv', places, { one: '# kommun väljs ut', other: '# kommuner väljs ut' })}. Arrangörerna förbehåller sig rätten att göra urvalet så att kommunerna kan samarbeta över geografiska gränser.`,
  deadline: (deadline: string) => `Sista ansökningsdag: ${deadline}.`,
  fields: {
    application: 'Ansökan',
    municipality: 'Kommun',
    name: 'Namn',
    email: 'E-postadress',
    title: 'Titel',
    representation: 'Representerar',
    localSituation: 'Problematiken i er lokala lägesbild',
    commitment: 'Vi åtar oss att prioritera arbetet mellan träffarna.',
  },
  localSituationHint: 'Beskriv vad som händer hos er: platser, tider, vilka brott och ordningsstörningar.',
  commitmentLegend: 'Åtagande',
  choose: 'Välj…',
  onlyCounty: (county: string) => `Listan visar kommunerna i ${county}.`,
  showAllCounties: 'Visa alla län',
  membersHeading: 'Teamet',
  membersHint:
    'En person per rad; tomma rader hoppas över. Minst en ska representera kommunen och minst en polisen.',
  memberLegend: (n: number) => `Medlem ${n}`,
  representations: {
    municipality: 'Kommunen',
    police: 'Polisen',
    other: 'Annan organisation',
  } satisfies Record<Representation, string>,
  submit: 'Skicka ansökan',
  save: 'Spara ändringarna',
  errorSummary: 'Ansökan skickades inte. Rätta följande:',
  errors: {
    ...textRuleMessagesFor('sv'),
    required: 'Fyll i fältet.',
    tooLong: (max: number) => `Högst ${max} tecken.`,
    email: 'Skriv en e-postadress i formen namn@exempel.se.',
    representation: 'Välj vem personen representerar.',
    municipality: 'Välj kommun i listan.',
    noMembers: 'Ange vilka som ingår i teamet.',
    sameEmail: (n: number) => `Samma e-postadress som medlem ${n}.`,
    missingRepresentation: (missing: string) =>
      `Teamet måste ha med minst en representant för ${missing}. Ange det under ”Representerar”.`,
    missingJoin: ' och ',
    missingNames: { municipality: 'kommunen', police: 'polisen' },
    localSituation: 'Beskriv problematiken i er lokala lägesbild. Det är ett krav för att delta.',
    commitment:
      'Arbetet behöver kunna prioriteras mellan träffarna. Kryssa i åtagandet för att kunna ansöka.',
  },
  outcome: {
    submittedHeading: 'Ansökan är skickad',
    submittedBody: (municipality: string, count: number) =>
      `Ansökan från ${municipality} är mottagen. ${count === 2 ? 'Båda' : `Alla ${count}`} i teamet får ett kvitto via e-post med en länk där ni kan ändra ansökan fram till sista ansökningsdag.`,
    alreadyHeading: 'Kommunen har redan ansökt',
    alreadyBody: (municipality: string) =>
      `${municipality} har redan skickat en ansökan. Vi har skickat en ny länk för att ändra den till alla som står med i teamet; den gamla länken fungerar inte längre. Det du skickade nu har inte sparats.`,
    refused: {
      'not-open-yet': ['Ansökan har inte öppnat ännu', 'Det går inte att ansöka ännu.'],
      'deadline-passed': [
        'Ansökningstiden har gått ut',
        'Sista ansökningsdag har passerat, så ansökan har inte skickats. Kontakta arrangörerna om ni har frågor.',
      ],
      'event-past': ['Arbetsgruppen är avslutad', 'Det går inte längre att ansöka.'],
      'event-cancelled': ['Arbetsgruppen är inställd', 'Arrangörerna har ställt in arbetsgruppen.'],
    } satisfies Record<SignUpRefusal, [heading: string, body: string]>,
  },
  edit: {
    saved: 'Ändringarna är sparade. Alla i teamet har fått ett nytt kvitto.',
    closed:
      'Sista ansökningsdag har passerat, så ansökan kan inte längre ändras här. Kontakta arrangörerna om något behöver ändras.',
    summaryHeading: 'Det här skickade ni',
    stale:
      'Ansökan har ändrats under tiden eller fått en ny länk. Öppna den senaste länken och gör ändringen igen.',
  },
  mail: {
    subject: (municipality: string, title: string) => `Ansökan från ${municipality}: ${title}`,
    updatedSubject: (municipality: string, title: string) => `Ändrad ansökan från ${municipality}: ${title}`,
    linkSubject: (municipality: string, title: string) =>
      `Länk för att ändra ansökan från ${municipality}: ${title}`,
    body: (municipality: string, title: string) =>
      `Det här är ett kvitto på ansökan från ${municipality} till ${title}. Du står med i teamet.`,
    updatedBody: (municipality: string, title: string) =>
      `Ansökan från ${municipality} till ${title} har ändrats. Så här ser den ut nu. Du står med i teamet.`,
    linkBody: (municipality: string, title: string) =>
      `Någon försökte skicka en ny ansökan från ${municipality} till ${title}. Varje kommun kan bara ha en ansökan, så den nya sparades inte. Här är en ny länk till er ansökan; den tidigare länken fungerar inte längre.`,
    team: (members: string) => `Teamet: ${members}.`,
    localSituation: (text: string) => `Lokal lägesbild: ${text}`,
    commitment: 'Ni har åtagit er att prioritera arbetet mellan träffarna.',
    linkNote: (deadline: string) =>
      `Alla i teamet har fått samma länk. Via den kan ni ändra ansökan fram till ${deadline}. Dela den inte utanför teamet.`,
    link: 'Ändra ansökan',
    why: (title: string) =>
      `Du får det här meddelandet eftersom du står med i en kommuns ansökan till ${title} på Träffpunkt.`,
  },
};

export type ApplicationMessages = typeof sv;

const nb: ApplicationMessages = {
  apply: 'Søk',
  formTitle: (title) => `Søknad: ${title}`,
  editTitle: (municipality, title) => `Søknaden fra ${municipality}: ${title}`,
  formIntro:
    'Kommunen søker som et team med representanter for både kommunen og politiet. Alle i teamet får en kvittering med en lenke der dere kan endre søknaden fram til søknadsfristen.',
  requirementsHeading: 'Krav for å delta',
  selectionNote: (places) =>
    `${counted('nb', places, { one: '# kommune blir valgt ut', other: '# kommuner blir valgt ut' })}. Arrangørene forbeholder seg retten til å gjøre utvalget slik at kommunene kan samarbeide på tvers av geografiske grenser.`,
  deadline: (deadline) => `Søknadsfrist: ${deadline}.`,
  fields: {
    application: 'Søknad',
    municipality: 'Kommune',
    name: 'Navn',
    email: 'E-postadresse',
    title: 'Tittel',
    representation: 'Representerer',
    localSituation: 'Utfordringene i deres lokale situasjonsbilde',
    commitment: 'Vi forplikter oss til å prioritere arbeidet mellom samlingene.',
  },
  localSituationHint:
    'Beskriv hva som skjer hos dere: steder, tider, hvilke lovbrudd og ordensforstyrrelser.',
  commitmentLegend: 'Forpliktelse',
  choose: 'Velg …',
  onlyCounty: (county: string) => `Listen viser kommunene i ${county}.`,
  showAllCounties: 'Vis alle län',
  membersHeading: 'Teamet',
  membersHint:
    'Én person per rad; tomme rader hoppes over. Minst én skal representere kommunen og minst én politiet.',
  memberLegend: (n) => `Medlem ${n}`,
  representations: { municipality: 'Kommunen', police: 'Politiet', other: 'Annen organisasjon' },
  submit: 'Send søknad',
  save: 'Lagre endringene',
  errorSummary: 'Søknaden ble ikke sendt. Rett følgende:',
  errors: {
    ...textRuleMessagesFor('nb'),
    required: 'Fyll ut feltet.',
    tooLong: (max) => `Høyst ${max} tegn.`,
    email: 'Skriv en e-postadresse på formen navn@eksempel.no.',
    representation: 'Velg hvem personen representerer.',
    municipality: 'Velg kommune i listen.',
    noMembers: 'Før opp medlemmene i teamet.',
    sameEmail: (n) => `Samme e-postadresse som medlem ${n}.`,
    missingRepresentation: (missing) =>
      `Teamet må ha med minst én representant for ${missing}. Angi det under «Representerer».`,
    missingJoin: ' og ',
    missingNames: { municipality: 'kommunen', police: 'politiet' },
    localSituation: 'Beskriv utfordringene i deres lokale situasjonsbilde. Det er et krav for å delta.',
    commitment:
      'Arbeidet må kunne prioriteres mellom samlingene. Kryss av for forpliktelsen for å kunne søke.',
  },
  outcome: {
    submittedHeading: 'Søknaden er sendt',
    submittedBody: (municipality, count) =>
      `Søknaden fra ${municipality} er mottatt. ${count === 2 ? 'Begge' : `Alle ${count}`} i teamet får en kvittering på e-post med en lenke der dere kan endre søknaden fram til fristen.`,
    alreadyHeading: 'Kommunen har allerede søkt',
    alreadyBody: (municipality) =>
      `${municipality} har allerede sendt en søknad. Vi har sendt en ny lenke for å endre den til alle som står i teamet; den gamle lenken virker ikke lenger. Det du sendte nå, er ikke lagret.`,
    refused: {
      'not-open-yet': ['Det er ikke åpnet for søknader ennå', 'Det er ikke mulig å søke ennå.'],
      'deadline-passed': [
        'Søknadsfristen er ute',
        'Søknadsfristen har gått ut, så søknaden er ikke sendt. Kontakt arrangørene om dere har spørsmål.',
      ],
      'event-past': ['Arbeidsgruppen er over', 'Det er ikke lenger mulig å søke.'],
      'event-cancelled': ['Arbeidsgruppen er avlyst', 'Arrangørene har avlyst arbeidsgruppen.'],
    },
  },
  edit: {
    saved: 'Endringene er lagret. Alle i teamet har fått en ny kvittering.',
    closed:
      'Søknadsfristen er ute, så søknaden kan ikke lenger endres her. Ta kontakt med arrangørene hvis noe må endres.',
    summaryHeading: 'Dette sendte dere',
    stale:
      'Søknaden er endret i mellomtiden eller har fått en ny lenke. Åpne den nyeste lenken og gjør endringen på nytt.',
  },
  mail: {
    subject: (municipality, title) => `Søknad fra ${municipality}: ${title}`,
    updatedSubject: (municipality, title) => `Endret søknad fra ${municipality}: ${title}`,
    linkSubject: (municipality, title) => `Lenke for å endre søknaden fra ${municipality}: ${title}`,
    body: (municipality, title) =>
      `Dette er en kvittering for søknaden fra ${municipality} til ${title}. Du er med i teamet.`,
    updatedBody: (municipality, title) =>
      `Søknaden fra ${municipality} til ${title} er endret. Slik ser den ut nå. Du er med i teamet.`,
    linkBody: (municipality, title) =>
      `Noen prøvde å sende en ny søknad fra ${municipality} til ${title}. Hver kommune kan bare ha én søknad, så den nye ble ikke lagret. Her er en ny lenke til søknaden deres; den forrige virker ikke lenger.`,
    team: (members) => `Teamet: ${members}.`,
    localSituation: (text) => `Lokalt situasjonsbilde: ${text}`,
    commitment: 'Dere har forpliktet dere til å prioritere arbeidet mellom samlingene.',
    linkNote: (deadline) =>
      `Alle i teamet har fått samme lenke. Via den kan dere endre søknaden fram til ${deadline}. Ikke del den utenfor teamet.`,
    link: 'Endre søknaden',
    why: (title) =>
      `Du får denne meldingen fordi du står oppført i en kommunes søknad til ${title} på Träffpunkt.`,
  },
};

const en: ApplicationMessages = {
  apply: 'Apply',
  formTitle: (title) => `Application: ${title}`,
  editTitle: (municipality, title) => `The application from ${municipality}: ${title}`,
  formIntro:
    'The municipality applies as a team with representatives of both the municipality and the police. Everyone in the team gets a receipt with a link for changing the application until the deadline.',
  requirementsHeading: 'Requirements',
  selectionNote: (places) =>
    `${counted('en', places, { one: '# municipality will be selected', other: '# municipalities will be selected' })}. The organisers reserve the right to make the selection so that the municipalities can collaborate across geographical borders.`,
  deadline: (deadline) => `Application deadline: ${deadline}.`,
  fields: {
    application: 'Application',
    municipality: 'Municipality',
    name: 'Name',
    email: 'E-mail address',
    title: 'Title',
    representation: 'Represents',
    localSituation: 'The problems in your local situation',
    commitment: 'We commit to prioritising the work between meetings.',
  },
  localSituationHint:
    'Describe what is happening in your area: places, times, and which offences and disturbances.',
  commitmentLegend: 'Commitment',
  choose: 'Choose…',
  onlyCounty: (county: string) => `The list shows the municipalities of ${county}.`,
  showAllCounties: 'Show all counties',
  membersHeading: 'The team',
  membersHint:
    'One person per row; empty rows are skipped. At least one must represent the municipality and at least one the police.',
  memberLegend: (n) => `Member ${n}`,
  representations: { municipality: 'The municipality', police: 'The police', other: 'Another organisation' },
  submit: 'Send the application',
  save: 'Save the changes',
  errorSummary: 'The application was not sent. Please correct the following:',
  errors: {
    ...textRuleMessagesFor('en'),
    required: 'Please fill in this field.',
    tooLong: (max) => `At most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
    email: 'Enter an e-mail address like name@example.com.',
    representation: 'Choose who the person represents.',
    municipality: 'Choose the municipality from the list.',
    noMembers: 'List the members of the team.',
    sameEmail: (n) => `The same e-mail address as member ${n}.`,
    missingRepresentation: (missing) =>
      `The team must include at least one representative of ${missing}. Choose it under “Represents”.`,
    missingJoin: ' and ',
    missingNames: { municipality: 'the municipality', police: 'the police' },
    localSituation: 'Describe the problems in your local situation. This is required to take part.',
    commitment: 'You must be able to prioritise the work between meetings. Tick the commitment to apply.',
  },
  outcome: {
    submittedHeading: 'The application has been sent',
    submittedBody: (municipality, count) =>
      `The application from ${municipality} has been received. ${count === 2 ? 'Both members' : `All ${count} members`} of the team get a receipt by e-mail with a link for changing it until the deadline.`,
    alreadyHeading: 'The municipality has already applied',
    alreadyBody: (municipality) =>
      `${municipality} has already sent an application. We have sent a new link for changing it to everyone named in the team; the old link no longer works. What you sent now has not been saved.`,
    refused: {
      'not-open-yet': ['Applications are not open yet', 'It is not possible to apply yet.'],
      'deadline-passed': [
        'Applications have closed',
        'The application deadline has passed, so the application was not sent. Contact the organisers with any questions.',
      ],
      'event-past': ['The working group is over', 'It is no longer possible to apply.'],
      'event-cancelled': [
        'The working group has been cancelled',
        'The organisers have cancelled the working group.',
      ],
    },
  },
  edit: {
    saved: 'The changes are saved. Everyone in the team has been sent a new receipt.',
    closed:
      'The deadline has passed, so the application can no longer be changed here. Please contact the organisers about any change.',
    summaryHeading: 'What you sent',
    stale:
      'The application has been changed in the meantime or has been given a new link. Open the latest link and make the change again.',
  },
  mail: {
    subject: (municipality, title) => `Application from ${municipality}: ${title}`,
    updatedSubject: (municipality, title) => `Changed application from ${municipality}: ${title}`,
    linkSubject: (municipality, title) => `Link to change the application from ${municipality}: ${title}`,
    body: (municipality, title) =>
      `This is a receipt for the application from ${municipality} to ${title}. You are a member of the team.`,
    updatedBody: (municipality, title) =>
      `The application from ${municipality} to ${title} has been changed. This is how it reads now. You are a member of the team.`,
    linkBody: (municipality, title) =>
      `Someone tried to send a new application from ${municipality} to ${title}. Each municipality can only have one application, so the new one was not saved. Here is a new link to your application; the previous one no longer works.`,
    team: (members) => `The team: ${members}.`,
    localSituation: (text) => `Local situation: ${text}`,
    commitment: 'You have committed to prioritising the work between meetings.',
    linkNote: (deadline) =>
      `Everyone in the team has the same link. Through it you can change the application until ${deadline}. Do not share it outside the team.`,
    link: 'Change the application',
    why: (title) =>
      `You are receiving this message because you are named in a municipality's application to ${title} on Träffpunkt.`,
  },
};

const MESSAGES: Record<Language, ApplicationMessages> = { sv, nb, en };

export function applicationMessagesFor(language: Language): ApplicationMessages {
  return MESSAGES[language];
}
