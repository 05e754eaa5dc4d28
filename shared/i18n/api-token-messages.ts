import type { ApiTokenRole } from '#shared/domain/api-token.ts';
import type { Language } from '#shared/domain/event.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';
import { counted } from './plural-forms.ts';

/** The admins' page of the organisation's API tokens, in words. */
const sv = {
  ...textRuleMessagesFor('sv'),
  title: 'API-nycklar',
  manageLink: 'Hantera API-nycklar',
  intro:
    'Med en API-nyckel kan organisationens egna system, till exempel ett intranät eller ett diarium, läsa och ändra evenemang och anmälningar genom Träffpunkts API. Varje ändring som görs med en nyckel syns i ändringsloggen under nyckelns namn.',
  docsLink: 'Läs API-dokumentationen',
  count: (n: number) =>
    counted('sv', n, {
      one: 'Organisationen har # aktiv nyckel.',
      other: 'Organisationen har # aktiva nycklar.',
    }),
  none: 'Organisationen har inga API-nycklar.',
  columns: {
    name: 'Namn',
    role: 'Behörighet',
    expires: 'Går ut',
    lastUsed: 'Senast använd',
    actions: 'Åtgärd',
  },
  roles: { read: 'Läsa', 'read-write': 'Läsa och ändra' } satisfies Record<ApiTokenRole, string>,
  never: 'Aldrig',
  noExpiry: 'Går inte ut',
  expiresIn: (days: number) =>
    counted('sv', days, { one: 'om # dag', other: 'om # dagar' }).replace(/^om 0 dagar$/, 'i dag'),
  revoke: 'Återkalla',
  createHeading: 'Skapa en nyckel',
  fields: { name: 'Namn', role: 'Behörighet', validDays: 'Giltig antal dagar' },
  nameHint: 'Vilket system nyckeln är till, till exempel Intranätet.',
  validDaysHint: (max: number) =>
    `Högst ${counted('sv', max, { one: '# dag', other: '# dagar' })}. Lämna tomt för en nyckel som gäller tills den återkallas.`,
  validDaysInvalid: (max: number) =>
    `Ange ett helt antal dagar mellan 1 och ${max}, eller lämna fältet tomt.`,
  create: 'Skapa nyckeln',
  created: (name: string) => `Nyckeln ${name} är skapad.`,
  shownOnce:
    'Kopiera nyckeln nu och spara den i systemet som ska använda den. Den visas bara den här gången: Träffpunkt sparar den inte.',
  secretLabel: 'Nyckel',
  revoked: (name: string) => `Nyckeln ${name} är återkallad och fungerar inte längre.`,
  notFound: 'Nyckeln finns inte längre.',
  notSaved: 'Nyckeln skapades inte. Rätta följande:',
  required: 'Fyll i fältet.',
  tooLong: (max: number) => `Skriv högst ${max} tecken.`,
  choose: 'Välj…',
};

export type ApiTokenMessages = typeof sv;

const nb: ApiTokenMessages = {
  ...textRuleMessagesFor('nb'),
  title: 'API-nøkler',
  manageLink: 'Administrer API-nøkler',
  intro:
    'Med en API-nøkkel kan organisasjonens egne systemer, for eksempel et intranett eller et saksbehandlingssystem, lese og endre arrangementer og påmeldinger gjennom Träffpunkts API. Hver endring som gjøres med en nøkkel, vises i endringsloggen under nøkkelens navn.',
  docsLink: 'Les API-dokumentasjonen',
  count: (n: number) =>
    counted('nb', n, {
      one: 'Organisasjonen har # aktiv nøkkel.',
      other: 'Organisasjonen har # aktive nøkler.',
    }),
  none: 'Organisasjonen har ingen API-nøkler.',
  columns: { name: 'Navn', role: 'Tilgang', expires: 'Utløper', lastUsed: 'Sist brukt', actions: 'Handling' },
  roles: { read: 'Lese', 'read-write': 'Lese og endre' },
  never: 'Aldri',
  noExpiry: 'Utløper ikke',
  expiresIn: (days: number) =>
    counted('nb', days, { one: 'om # dag', other: 'om # dager' }).replace(/^om 0 dager$/, 'i dag'),
  revoke: 'Trekk tilbake',
  createHeading: 'Opprett en nøkkel',
  fields: { name: 'Navn', role: 'Tilgang', validDays: 'Gyldig antall dager' },
  nameHint: 'Hvilket system nøkkelen er til, for eksempel Intranettet.',
  validDaysHint: (max: number) =>
    `Høyst ${counted('nb', max, { one: '# dag', other: '# dager' })}. La feltet stå tomt for en nøkkel som gjelder til den trekkes tilbake.`,
  validDaysInvalid: (max: number) =>
    `Oppgi et helt antall dager mellom 1 og ${max}, eller la feltet stå tomt.`,
  create: 'Opprett nøkkelen',
  created: (name: string) => `Nøkkelen ${name} er opprettet.`,
  shownOnce:
    'Kopier nøkkelen nå og lagre den i systemet som skal bruke den. Den vises bare denne ene gangen: Träffpunkt lagrer den ikke.',
  secretLabel: 'Nøkkel',
  revoked: (name: string) => `Nøkkelen ${name} er trukket tilbake og virker ikke lenger.`,
  notFound: 'Nøkkelen finnes ikke lenger.',
  notSaved: 'Nøkkelen ble ikke opprettet. Rett følgende:',
  required: 'Fyll ut feltet.',
  tooLong: (max: number) => `Skriv høyst ${max} tegn.`,
  choose: 'Velg …',
};

const en: ApiTokenMessages = {
  ...textRuleMessagesFor('en'),
  title: 'API tokens',
  manageLink: 'Manage API tokens',
  intro:
    "With an API token the organisation's own systems, such as an intranet or a records system, can read and change events and registrations through Träffpunkt's API. Every change made with a token appears in the audit trail under the token's name.",
  docsLink: 'Read the API documentation',
  count: (n: number) =>
    counted('en', n, {
      one: 'The organisation has # active token.',
      other: 'The organisation has # active tokens.',
    }),
  none: 'The organisation has no API tokens.',
  columns: { name: 'Name', role: 'Access', expires: 'Expires', lastUsed: 'Last used', actions: 'Action' },
  roles: { read: 'Read', 'read-write': 'Read and change' },
  never: 'Never',
  noExpiry: 'Does not expire',
  expiresIn: (days: number) =>
    counted('en', days, { one: 'in # day', other: 'in # days' }).replace(/^in 0 days$/, 'today'),
  revoke: 'Revoke',
  createHeading: 'Create a token',
  fields: { name: 'Name', role: 'Access', validDays: 'Valid for days' },
  nameHint: 'Which system the token is for, such as The intranet.',
  validDaysHint: (max: number) =>
    `At most ${counted('en', max, { one: '# day', other: '# days' })}. Leave empty for a token that works until it is revoked.`,
  validDaysInvalid: (max: number) =>
    `Please enter a whole number of days between 1 and ${max}, or leave the field empty.`,
  create: 'Create the token',
  created: (name: string) => `The token ${name} has been created.`,
  shownOnce:
    'Copy the token now and store it in the system that will use it. It is shown only this once: Träffpunkt does not keep it.',
  secretLabel: 'Token',
  revoked: (name: string) => `The token ${name} has been revoked and no longer works.`,
  notFound: 'The token no longer exists.',
  notSaved: 'The token was not created. Please correct the following:',
  required: 'Please fill in this field.',
  tooLong: (max: number) =>
    `Please write at most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
  choose: 'Choose…',
};

const MESSAGES: Record<Language, ApiTokenMessages> = { sv, nb, en };

export function apiTokenMessagesFor(language: Language): ApiTokenMessages {
  return MESSAGES[language];
}
