import type { DelegationRole } from '#shared/domain/delegation-role.ts';
import type { Language } from '#shared/domain/event.ts';
import { counted, formatCount } from './plural-forms.ts';
import { textRuleMessagesFor } from './text-rule-messages.ts';

const svPlaces = (n: number) => counted('sv', n, { one: '# plats', other: '# platser' });

/** Delegations in words: the lead's form, the soft role check, the lead's page and e-mail, the organiser's overview. */
const sv = {
  registerDelegation: 'Anmäl en delegation',
  formTitle: (title: string) => `Anmäl en delegation: ${title}`,
  formIntro:
    'Som delegationsledare anmäler du alla från din organisation i ett formulär. Varje deltagare får en egen bekräftelse med kalenderinbjudan, och du får en länk där du kan lägga till eller ta bort deltagare fram till sista anmälningsdag.',
  placesHeading: 'Platser per organisation',
  placesColumns: { organisation: 'Organisation', max: 'Högst', left: 'Kvar' },
  registerFrom: (organisation: string) => `Anmäl en delegation från ${organisation}`,
  seatsLeftTotal: (n: number) => `Totalt finns ${svPlaces(n)} kvar.`,
  fields: {
    organisation: 'Organisation',
    leadName: 'Ditt namn',
    leadEmail: 'Din e-postadress',
    name: 'Namn',
    email: 'E-postadress',
    role: 'Roll',
  },
  choose: 'Välj…',
  leadLegend: 'Delegationsledare',
  leadHint:
    'Hit skickar vi länken där du kan ändra delegationen. Ska du själv följa med anger du dig också som deltagare.',
  membersHeading: 'Deltagare',
  membersHint:
    'En person per rad; tomma rader hoppas över. Var och en anger själv eventuell specialkost via länken i sin bekräftelse.',
  memberLegend: (n: number) => `Deltagare ${n}`,
  roles: {
    politician: 'politiker',
    police: 'polis',
    'crime-prevention-coordinator': 'brottsförebyggande samordnare',
    other: 'annan roll',
  } satisfies Record<DelegationRole, string>,
  submit: 'Skicka anmälan',
  errorSummary: 'Anmälan skickades inte. Rätta följande:',
  missingRolesHeading: 'Delegationen saknar önskade roller',
  missingRolesIntro: (wished: string) =>
    `Arrangören vill gärna att varje delegation har med: ${wished}. Ingen i din delegation har angetts som:`,
  missingRolesChoice: 'Du kan lägga till fler deltagare, eller skicka anmälan ändå.',
  missingRolesChoiceFull: (organisation: string) =>
    `${organisation} har inte plats för fler, men du kan byta ut en deltagare – eller skicka anmälan ändå.`,
  stillMissing: (roles: string) => `Delegationen saknar fortfarande önskade roller: ${roles}.`,
  sendAnyway: 'Skicka ändå',
  addMore: 'Lägg till deltagare',
  replaceMember: 'Byt ut en deltagare',
  errors: {
    ...textRuleMessagesFor('sv'),
    required: 'Fyll i fältet.',
    tooLong: (max: number) => `Högst ${max} tecken.`,
    email: 'Skriv en e-postadress i formen namn@exempel.se.',
    role: 'Välj en roll.',
    notInvited: (organisation: string) =>
      `${organisation} finns inte bland de inbjudna organisationerna. Välj din organisation i listan.`,
    tooMany: (organisation: string, max: number) =>
      `${organisation} kan anmäla högst ${max} deltagare. Ta bort någon.`,
    noMembers: 'Ange minst en deltagare.',
    sameEmail: (n: number) => `Samma e-postadress som deltagare ${n}.`,
    alreadySignedUp: 'Adressen är redan anmäld till evenemanget.',
    alreadyRegistered: (organisation: string) =>
      `${organisation} har redan anmält en delegation. Delegationsledaren kan lägga till deltagare via länken i sitt e-postmeddelande.`,
    noRoom: (organisation: string, organisationLeft: number, eventLeft?: number) =>
      `Det finns inte plats för alla: ${organisation} har ${svPlaces(organisationLeft)} kvar${eventLeft === undefined ? '' : ` och evenemanget har ${svPlaces(eventLeft)} kvar totalt`}. Ingen i delegationen har anmälts.`,
  },
  outcome: {
    heading: 'Delegationen är anmäld',
    body: (organisation: string, count: number, leadEmail: string) =>
      `${counted('sv', count, { one: '# person', other: '# personer' })} från ${organisation} ${counted('sv', count, { one: 'är anmäld', other: 'är anmälda' })}. Var och en får en egen bekräftelse med kalenderinbjudan. Länken där du kan ändra delegationen har skickats till ${leadEmail}.`,
  },
  lead: {
    title: (organisation: string) => `Delegationen från ${organisation}`,
    placesLeft: (organisation: string, left: number, max: number) =>
      `${organisation} har ${svPlaces(left)} kvar av ${formatCount('sv', max)}.`,
    columns: { name: 'Namn', email: 'E-post', role: 'Roll', actions: 'Åtgärd' },
    noMembers: 'Inga deltagare är anmälda.',
    remove: 'Ta bort',
    removed: 'Deltagaren är borttagen och har fått besked via e-post.',
    added: 'Deltagaren är tillagd och har fått en bekräftelse via e-post.',
    addHeading: 'Lägg till en deltagare',
    addButton: 'Lägg till deltagaren',
    quotaFull: (organisation: string) =>
      `${organisation} har använt alla sina platser. Ta bort någon för att lägga till en annan.`,
    closed:
      'Sista anmälningsdag har passerat, så delegationen kan inte längre ändras här. Kontakta arrangören om något behöver ändras.',
  },
  mail: {
    subject: (organisation: string, title: string) => `Delegationen från ${organisation} är anmäld: ${title}`,
    body: (organisation: string, title: string) =>
      `Du har anmält delegationen från ${organisation} till ${title}. Varje deltagare har fått en egen bekräftelse med kalenderinbjudan och en länk till sin anmälan.`,
    members: (names: string) => `Anmälda: ${names}.`,
    linkNote:
      'Via länken nedan kan du lägga till eller ta bort deltagare inom kvoten fram till sista anmälningsdag. Länken är personlig.',
    link: 'Ändra delegationen',
    why: (title: string) =>
      `Du får det här meddelandet eftersom du anmälde en delegation till ${title} på Träffpunkt.`,
  },
  overview: {
    heading: 'Delegationer per organisation',
    columns: {
      organisation: 'Organisation',
      taken: 'Anmälda/kvot',
      covered: 'Önskade roller som är med',
      missing: 'Saknas',
    },
    takenOfMax: (taken: number, max: number) => `${taken} av ${max}`,
    none: '–',
  },
};

export type DelegationMessages = typeof sv;

const nbPlaces = (n: number) => counted('nb', n, { one: '# plass', other: '# plasser' });
const nb: DelegationMessages = {
  registerDelegation: 'Meld på en delegasjon',
  formTitle: (title) => `Meld på en delegasjon: ${title}`,
  formIntro:
    'Som delegasjonsleder melder du på alle fra organisasjonen din i ett skjema. Hver deltaker får sin egen bekreftelse med kalenderinvitasjon, og du får en lenke der du kan legge til eller fjerne deltakere fram til påmeldingsfristen.',
  placesHeading: 'Plasser per organisasjon',
  placesColumns: { organisation: 'Organisasjon', max: 'Høyst', left: 'Igjen' },
  registerFrom: (organisation: string) => `Meld på en delegasjon fra ${organisation}`,
  seatsLeftTotal: (n) => `Totalt er det ${nbPlaces(n)} igjen.`,
  fields: {
    organisation: 'Kommune eller organisasjon',
    leadName: 'Navnet ditt',
    leadEmail: 'E-postadressen din',
    name: 'Navn',
    email: 'E-postadresse',
    role: 'Rolle',
  },
  choose: 'Velg …',
  leadLegend: 'Delegasjonsleder',
  leadHint:
    'Lenken for å endre delegasjonen sendes hit. Skal du selv være med på turen, fører du deg opp som deltaker også.',
  membersHeading: 'Deltakere',
  membersHint:
    'Én person per rad; tomme rader hoppes over. Hver enkelt legger selv inn eventuell spesialkost via lenken i sin bekreftelse.',
  memberLegend: (n) => `Deltaker ${n}`,
  roles: {
    politician: 'politiker',
    police: 'politi',
    'crime-prevention-coordinator': 'SLT-koordinator',
    other: 'annen rolle',
  },
  submit: 'Send påmelding',
  errorSummary: 'Påmeldingen ble ikke sendt. Rett følgende:',
  missingRolesHeading: 'Delegasjonen mangler ønskede roller',
  missingRolesIntro: (wished) =>
    `Arrangøren ønsker helst at hver delegasjon har med: ${wished}. Ingen i delegasjonen din er ført opp som:`,
  missingRolesChoice: 'Du kan legge til flere deltakere, eller sende påmeldingen likevel.',
  missingRolesChoiceFull: (organisation) =>
    `${organisation} har ikke plass til flere, men du kan bytte ut en deltaker – eller sende påmeldingen likevel.`,
  stillMissing: (roles) => `Delegasjonen mangler fortsatt ønskede roller: ${roles}.`,
  sendAnyway: 'Send likevel',
  addMore: 'Legg til deltakere',
  replaceMember: 'Bytt ut en deltaker',
  errors: {
    ...textRuleMessagesFor('nb'),
    required: 'Fyll ut feltet.',
    tooLong: (max) => `Høyst ${max} tegn.`,
    email: 'Skriv en e-postadresse på formen navn@eksempel.no.',
    role: 'Velg en rolle.',
    notInvited: (organisation) =>
      `${organisation} er ikke blant de inviterte organisasjonene. Velg organisasjonen din i listen.`,
    tooMany: (organisation, max) =>
      `${organisation} kan melde på høyst ${counted('nb', max, { one: '# deltaker', other: '# deltakere' })}. Fjern noen.`,
    noMembers: 'Før opp minst én deltaker.',
    sameEmail: (n) => `Samme e-postadresse som deltaker ${n}.`,
    alreadySignedUp: 'Adressen er allerede påmeldt arrangementet.',
    alreadyRegistered: (organisation) =>
      `${organisation} har allerede meldt på en delegasjon. Delegasjonslederen kan legge til deltakere via lenken i e-posten sin.`,
    noRoom: (organisation, organisationLeft, eventLeft) =>
      `Det er ikke plass til alle: ${organisation} har ${nbPlaces(organisationLeft)} igjen${eventLeft === undefined ? '' : `, og arrangementet har ${nbPlaces(eventLeft)} igjen totalt`}. Ingen i delegasjonen er meldt på.`,
  },
  outcome: {
    heading: 'Delegasjonen er påmeldt',
    body: (organisation, count, leadEmail) =>
      `${counted('nb', count, { one: '# person', other: '# personer' })} fra ${organisation} er påmeldt. Hver enkelt får sin egen bekreftelse med kalenderinvitasjon. Lenken der du kan endre delegasjonen, er sendt til ${leadEmail}.`,
  },
  lead: {
    title: (organisation) => `Delegasjonen fra ${organisation}`,
    placesLeft: (organisation, left, max) =>
      `${organisation} har ${nbPlaces(left)} igjen av ${formatCount('nb', max)}.`,
    columns: { name: 'Navn', email: 'E-post', role: 'Rolle', actions: 'Handling' },
    noMembers: 'Ingen deltakere er påmeldt.',
    remove: 'Fjern',
    removed: 'Deltakeren er fjernet og har fått beskjed på e-post.',
    added: 'Deltakeren er lagt til og har fått bekreftelse på e-post.',
    addHeading: 'Legg til en deltaker',
    addButton: 'Legg til deltakeren',
    quotaFull: (organisation) =>
      `${organisation} har brukt alle plassene sine. Fjern noen for å legge til en annen.`,
    closed:
      'Påmeldingsfristen er ute, så delegasjonen kan ikke lenger endres her. Ta kontakt med arrangøren hvis noe må endres.',
  },
  mail: {
    subject: (organisation, title) => `Delegasjonen fra ${organisation} er påmeldt: ${title}`,
    body: (organisation, title) =>
      `Du har meldt på delegasjonen fra ${organisation} til ${title}. Hver deltaker har fått sin egen bekreftelse med kalenderinvitasjon og en lenke til sin påmelding.`,
    members: (names) => `Påmeldte: ${names}.`,
    linkNote:
      'Via lenken nedenfor kan du legge til eller fjerne deltakere innenfor kvoten fram til påmeldingsfristen. Lenken er personlig.',
    link: 'Endre delegasjonen',
    why: (title) => `Du får denne meldingen fordi du meldte på en delegasjon til ${title} på Träffpunkt.`,
  },
  overview: {
    heading: 'Delegasjoner per organisasjon',
    columns: {
      organisation: 'Organisasjon',
      taken: 'Påmeldte/kvote',
      covered: 'Ønskede roller som er dekket',
      missing: 'Mangler',
    },
    takenOfMax: (taken, max) => `${taken} av ${max}`,
    none: '–',
  },
};

const enPlaces = (n: number) => counted('en', n, { one: '# place', other: '# places' });
const en: DelegationMessages = {
  registerDelegation: 'Register a delegation',
  formTitle: (title) => `Register a delegation: ${title}`,
  formIntro:
    'As delegation leader, you register everyone from your organisation in one form. Each member gets their own confirmation with a calendar invitation, and you get a link to add or remove members until the registration deadline.',
  placesHeading: 'Places per organisation',
  placesColumns: { organisation: 'Organisation', max: 'Up to', left: 'Left' },
  registerFrom: (organisation: string) => `Register a delegation from ${organisation}`,
  seatsLeftTotal: (n) => `${enPlaces(n)} left in total.`,
  fields: {
    organisation: 'Municipality or organisation',
    leadName: 'Your name',
    leadEmail: 'Your e-mail address',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
  },
  choose: 'Choose…',
  leadLegend: 'Delegation leader',
  leadHint:
    'We send the link for changing the delegation to this address. If you are coming along yourself, add yourself as a member too.',
  membersHeading: 'Members',
  membersHint:
    'One person per row; empty rows are skipped. Each person adds any dietary needs through the link in their own confirmation.',
  memberLegend: (n) => `Member ${n}`,
  roles: {
    politician: 'politician',
    police: 'police officer',
    'crime-prevention-coordinator': 'crime prevention (SLT) coordinator',
    other: 'other role',
  },
  submit: 'Register',
  errorSummary: 'The registration was not sent. Please correct the following:',
  missingRolesHeading: 'The delegation is missing preferred roles',
  missingRolesIntro: (wished) =>
    `The organiser would like each delegation to bring: ${wished}. Nobody in the delegation is listed as:`,
  missingRolesChoice: 'You can add more members, or send the registration anyway.',
  missingRolesChoiceFull: (organisation) =>
    `${organisation} has no room for more, but you can replace a member – or send the registration anyway.`,
  stillMissing: (roles) => `The delegation is still missing preferred roles: ${roles}.`,
  sendAnyway: 'Send anyway',
  addMore: 'Add members',
  replaceMember: 'Replace a member',
  errors: {
    ...textRuleMessagesFor('en'),
    required: 'Please fill in this field.',
    tooLong: (max) => `At most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
    email: 'Enter an e-mail address like name@example.com.',
    role: 'Choose a role.',
    notInvited: (organisation) =>
      `${organisation} is not among the invited organisations. Choose your organisation from the list.`,
    tooMany: (organisation, max) =>
      `${organisation} can register at most ${counted('en', max, { one: '# member', other: '# members' })}. Please remove someone.`,
    noMembers: 'List at least one member.',
    sameEmail: (n) => `The same e-mail address as member ${n}.`,
    alreadySignedUp: 'This address is already registered for the event.',
    alreadyRegistered: (organisation) =>
      `${organisation} has already registered a delegation. Its leader can add members through the link in their e-mail.`,
    noRoom: (organisation, organisationLeft, eventLeft) =>
      `There is no room for everyone: ${organisation} has ${enPlaces(organisationLeft)} left${eventLeft === undefined ? '' : `, and the event has ${enPlaces(eventLeft)} left in total`}. Nobody in the delegation has been registered.`,
  },
  outcome: {
    heading: 'The delegation is registered',
    body: (organisation, count, leadEmail) =>
      `${counted('en', count, { one: '# person', other: '# people' })} from ${organisation} ${counted('en', count, { one: 'is', other: 'are' })} registered. Each gets their own confirmation with a calendar invitation. The link to change the delegation has been sent to ${leadEmail}.`,
  },
  lead: {
    title: (organisation) => `The delegation from ${organisation}`,
    placesLeft: (organisation, left, max) =>
      `${organisation} has ${enPlaces(left)} left of ${formatCount('en', max)}.`,
    columns: { name: 'Name', email: 'E-mail', role: 'Role', actions: 'Action' },
    noMembers: 'No members are registered.',
    remove: 'Remove',
    removed: 'The member has been removed and notified by e-mail.',
    added: 'The member has been added and sent a confirmation by e-mail.',
    addHeading: 'Add a member',
    addButton: 'Add the member',
    quotaFull: (organisation) => `${organisation} has used all its places. Remove someone to add another.`,
    closed:
      'The registration deadline has passed, so the delegation can no longer be changed here. Please contact the organiser about any change.',
  },
  mail: {
    subject: (organisation, title) => `The delegation from ${organisation} is registered: ${title}`,
    body: (organisation, title) =>
      `You have registered the delegation from ${organisation} for ${title}. Each member has their own confirmation with a calendar invitation and a link to their registration.`,
    members: (names) => `Registered: ${names}.`,
    linkNote:
      'Through the link below you can add or remove members within the quota until the registration deadline. The link is personal.',
    link: 'Change the delegation',
    why: (title) =>
      `You are receiving this message because you registered a delegation for ${title} on Träffpunkt.`,
  },
  overview: {
    heading: 'Delegations by organisation',
    columns: {
      organisation: 'Organisation',
      taken: 'Registered/quota',
      covered: 'Preferred roles covered',
      missing: 'Missing',
    },
    takenOfMax: (taken, max) => `${taken} of ${max}`,
    none: '–',
  },
};

const MESSAGES: Record<Language, DelegationMessages> = { sv, nb, en };

export function delegationMessagesFor(language: Language): DelegationMessages {
  return MESSAGES[language];
}

/** Role names as a list in running text: "Politiker, Politi". */
export function roleList(language: Language, roles: readonly DelegationRole[]): string {
  const names = MESSAGES[language].roles;
  return roles.map((role) => names[role]).join(', ');
}
