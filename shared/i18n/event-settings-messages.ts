import type { Language } from '#shared/domain/event.ts';
import { eventChangeMessagesFor } from './event-change-messages.ts';
import { counted } from './plural-forms.ts';

/** The fields the editor labels as the audit trail names them: one text each, kept with the trail's. */
const LABELLED_AS_IN_TRAIL = [
  'quotaTiers',
  'invitedOrganisations',
  'selectionPlaces',
  'selectionBasis',
  'selectionRequirements',
  'selectionCounty',
  'workingMethod',
  'meetingCount',
] as const;

function labelsOfChanges(language: Language) {
  const { fields } = eventChangeMessagesFor(language);
  return Object.fromEntries(LABELLED_AS_IN_TRAIL.map((field) => [field, fields[field]])) as Pick<
    typeof fields,
    (typeof LABELLED_AS_IN_TRAIL)[number]
  >;
}

/**
 * The event editor's sections that belong to one kind of event (a study trip's price and quotas, a working group's
 * selection, working method and meeting plan) and its co-organisers, in words; Swedish first.
 */
const sv = {
  coOrganisersLegend: 'Medarrangörer på Träffpunkt',
  coOrganisersHint:
    'Organisationer som arrangerar tillsammans med er. Deras arrangörer kan också arbeta med evenemanget.',
  noOtherOrganisations: 'Det finns inga andra organisationer på Träffpunkt ännu.',
  quotasLegend: 'Platser per organisation',
  quotasIntro:
    'Med kvoter anmäler varje organisation en delegation inom sin kvot. Lämna standardkvoten tom om studieresan inte har kvoter.',
  approximateYes: 'Priset är ungefärligt (ca.)',
  invitedOnlyYes: 'Bara inbjudna organisationer får anmäla sig',
  wishedRolesLegend: 'Önskade roller i varje delegation',
  workingGroupLegend: 'Urval',
  meetingPlanLegend: 'Arbetssätt och träffar',
  fields: {
    priceAmount: 'Pris per person',
    priceCurrency: 'Valuta',
    priceIncludes: 'Ingår i priset',
    priceExcludes: 'Ingår inte i priset',
    quotaDefault: 'Standardkvot per organisation',
    ...labelsOfChanges('sv'),
  },
  hints: {
    priceAmount:
      'Hela kronor (eller euro) per person, utan moms. Lämna tomt eller skriv 0 om det är kostnadsfritt.',
    priceIncludes: 'En sak per rad.',
    priceExcludes: 'En sak per rad.',
    quotaDefault: 'Högsta antal platser för en inbjuden organisation som inte står på någon rad nedan.',
    quotaTiers:
      'En nivå per rad: ett namn om ni vill, högsta antal platser för varje organisation i nivån och organisationerna, en per rad eller åtskilda med kommatecken. Töm en rad för att ta bort den.',
    invitedOrganisations: 'En organisation per rad.',
    selectionBasis: 'Till exempel att gruppen ska kunna samarbeta över kommungränser.',
    selectionRequirements: 'Ett krav per rad.',
    selectionCounty:
      'Länets kommuner står först i ansökningsformuläret; de andra länen finns ett klick bort.',
    workingMethod: 'Lämna en tom rad mellan styckena.',
    meetingCount:
      'Träffarna skapas som ”datum bestäms senare”; sätt datum under Träffar och datumförslag. Träffar kan läggas till här, men inte tas bort.',
  },
  currencies: { SEK: 'Svenska kronor (SEK)', NOK: 'Norska kronor (NOK)', EUR: 'Euro (EUR)' },
  tierTable: {
    row: (row: number) => `Rad ${row}`,
    columns: {
      name: 'Namn på nivån (valfritt)',
      max: 'Högsta antal per organisation',
      organisations: 'Organisationer',
    },
    cell: (column: string, row: number) => `${column}, rad ${row}`,
    moreRows: 'Fler rader',
  },
  errors: {
    amount: 'Ange ett heltal mellan 0 och 1 000 000, eller lämna tomt.',
    currency: 'Välj valuta för priset.',
    county: 'Välj ett av länen i listan.',
    quotaNumber: 'Ange ett heltal mellan 1 och 1 000.',
    quotaNeeded: 'Ange standardkvoten när du namnger organisationer.',
    tierName: (max: number) => `Högst ${max} tecken.`,
    tierOrganisations: 'Skriv minst en organisation.',
    tierTooMany: (max: number) => `Högst ${max} organisationer, med högst 200 tecken var.`,
    quotaTwice: (organisation: string, row: number) => `${organisation} står redan på rad ${row}.`,
    invitedOnlyWithoutInvited: 'Ange de inbjudna organisationerna, eller tillåt alla att anmäla sig.',
    places: 'Ange ett heltal mellan 1 och 50.',
    meetingCount: (max: number) => `Ange ett heltal mellan 1 och ${max}.`,
    fewerMeetings: (existing: number) =>
      `Arbetsgruppen har redan ${counted('sv', existing, { one: '# träff', other: '# träffar' })}. Ställ in träffar under Träffar och datumförslag.`,
    coOrganiser: 'Välj bland organisationerna i listan.',
  },
};

export type EventSettingsMessages = typeof sv;

const nb: EventSettingsMessages = {
  coOrganisersLegend: 'Medarrangører på Träffpunkt',
  coOrganisersHint:
    'Organisasjoner som arrangerer sammen med dere. Deres arrangører kan også arbeide med arrangementet.',
  noOtherOrganisations: 'Det finnes ingen andre organisasjoner på Träffpunkt ennå.',
  quotasLegend: 'Plasser per organisasjon',
  quotasIntro:
    'Med kvoter melder hver organisasjon på en delegasjon innenfor sin kvote. La standardkvoten stå tom hvis studieturen ikke har kvoter.',
  approximateYes: 'Prisen er omtrentlig (ca.)',
  invitedOnlyYes: 'Bare inviterte organisasjoner kan melde seg på',
  wishedRolesLegend: 'Ønskede roller i hver delegasjon',
  workingGroupLegend: 'Utvalg',
  meetingPlanLegend: 'Arbeidsmåte og samlinger',
  fields: {
    priceAmount: 'Pris per person',
    priceCurrency: 'Valuta',
    priceIncludes: 'Inkludert i prisen',
    priceExcludes: 'Ikke inkludert i prisen',
    quotaDefault: 'Standardkvote per organisasjon',
    ...labelsOfChanges('nb'),
  },
  hints: {
    priceAmount:
      'Hele kroner (eller euro) per person, uten mva. La feltet stå tomt eller skriv 0 hvis det er gratis.',
    priceIncludes: 'Én ting per linje.',
    priceExcludes: 'Én ting per linje.',
    quotaDefault: 'Høyeste antall plasser for en invitert organisasjon som ikke står på noen linje nedenfor.',
    quotaTiers:
      'Ett nivå per rad: et navn om dere vil, høyeste antall plasser for hver organisasjon i nivået og organisasjonene, én per linje eller skilt med komma. Tøm en rad for å fjerne den.',
    invitedOrganisations: 'Én organisasjon per linje.',
    selectionBasis: 'For eksempel at gruppen skal kunne samarbeide over kommunegrenser.',
    selectionRequirements: 'Ett krav per linje.',
    selectionCounty: 'Lenets kommuner står først i søknadsskjemaet; de andre lenene er ett klikk unna.',
    workingMethod: 'La det være en tom linje mellom avsnittene.',
    meetingCount:
      'Samlingene opprettes som «dato bestemmes senere»; sett dato under Samlinger og datoforslag. Samlinger kan legges til her, men ikke fjernes.',
  },
  currencies: { SEK: 'Svenske kroner (SEK)', NOK: 'Norske kroner (NOK)', EUR: 'Euro (EUR)' },
  tierTable: {
    row: (row) => `Rad ${row}`,
    columns: {
      name: 'Navn på nivået (valgfritt)',
      max: 'Høyeste antall per organisasjon',
      organisations: 'Organisasjoner',
    },
    cell: (column, row) => `${column}, rad ${row}`,
    moreRows: 'Flere rader',
  },
  errors: {
    amount: 'Oppgi et heltall mellom 0 og 1 000 000, eller la feltet stå tomt.',
    currency: 'Velg valuta for prisen.',
    county: 'Velg et av lenene i listen.',
    quotaNumber: 'Oppgi et heltall mellom 1 og 1 000.',
    quotaNeeded: 'Oppgi standardkvoten når du navngir organisasjoner.',
    tierName: (max) => `Høyst ${max} tegn.`,
    tierOrganisations: 'Skriv minst én organisasjon.',
    tierTooMany: (max) => `Høyst ${max} organisasjoner, med høyst 200 tegn hver.`,
    quotaTwice: (organisation, row) => `${organisation} står allerede på rad ${row}.`,
    invitedOnlyWithoutInvited: 'Oppgi de inviterte organisasjonene, eller tillat alle å melde seg på.',
    places: 'Oppgi et heltall mellom 1 og 50.',
    meetingCount: (max) => `Oppgi et heltall mellom 1 og ${max}.`,
    fewerMeetings: (existing) =>
      `Arbeidsgruppen har allerede ${counted('nb', existing, { one: '# samling', other: '# samlinger' })}. Avlys samlinger under Samlinger og datoforslag.`,
    coOrganiser: 'Velg blant organisasjonene i listen.',
  },
};

const en: EventSettingsMessages = {
  coOrganisersLegend: 'Co-organisers on Träffpunkt',
  coOrganisersHint: 'Organisations running the event with you. Their organisers can work on the event too.',
  noOtherOrganisations: 'There are no other organisations on Träffpunkt yet.',
  quotasLegend: 'Places per organisation',
  quotasIntro:
    'With quotas each organisation registers a delegation within its quota. Leave the default quota empty if the study trip has no quotas.',
  approximateYes: 'The price is approximate (approx.)',
  invitedOnlyYes: 'Only invited organisations may register',
  wishedRolesLegend: 'Preferred roles in each delegation',
  workingGroupLegend: 'Selection',
  meetingPlanLegend: 'Working method and meetings',
  fields: {
    priceAmount: 'Price per person',
    priceCurrency: 'Currency',
    priceIncludes: 'Included in the price',
    priceExcludes: 'Not included in the price',
    quotaDefault: 'Default quota per organisation',
    ...labelsOfChanges('en'),
  },
  hints: {
    priceAmount: 'Whole kronor, kroner or euros per person, excl. VAT. Leave empty or enter 0 if it is free.',
    priceIncludes: 'One item per line.',
    priceExcludes: 'One item per line.',
    quotaDefault: 'The maximum number of places for an invited organisation not named on any line below.',
    quotaTiers:
      'One tier per row: a name if you like, the most places each organisation in the tier may take, and the organisations, one per line or separated by commas. Empty a row to remove it.',
    invitedOrganisations: 'One organisation per line.',
    selectionBasis: 'For example that the group can work across municipal borders.',
    selectionRequirements: 'One requirement per line.',
    selectionCounty:
      'The county’s municipalities come first on the application form; the others are a click away.',
    workingMethod: 'Leave an empty line between paragraphs.',
    meetingCount:
      'The meetings are created as “date to be decided”; set their dates under Meetings and date polls. Meetings can be added here, but not removed.',
  },
  currencies: { SEK: 'Swedish kronor (SEK)', NOK: 'Norwegian kroner (NOK)', EUR: 'Euro (EUR)' },
  tierTable: {
    row: (row) => `Row ${row}`,
    columns: {
      name: 'Name of the tier (optional)',
      max: 'Most places per organisation',
      organisations: 'Organisations',
    },
    cell: (column, row) => `${column}, row ${row}`,
    moreRows: 'More rows',
  },
  errors: {
    amount: 'Enter a whole number from 0 to 1,000,000, or leave it empty.',
    currency: 'Choose the currency of the price.',
    county: 'Choose one of the counties listed.',
    quotaNumber: 'Enter a whole number from 1 to 1,000.',
    quotaNeeded: 'Enter the default quota when you name organisations.',
    tierName: (max) => `At most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
    tierOrganisations: 'Write at least one organisation.',
    tierTooMany: (max) => `At most ${max} organisations, of at most 200 characters each.`,
    quotaTwice: (organisation, row) => `${organisation} is already in row ${row}.`,
    invitedOnlyWithoutInvited: 'Name the invited organisations, or let anyone register.',
    places: 'Enter a whole number from 1 to 50.',
    meetingCount: (max) => `Enter a whole number from 1 to ${max}.`,
    fewerMeetings: (existing) =>
      `The working group already has ${counted('en', existing, { one: '# meeting', other: '# meetings' })}. Cancel meetings under Meetings and date polls.`,
    coOrganiser: 'Choose among the organisations listed.',
  },
};

const MESSAGES: Record<Language, EventSettingsMessages> = { sv, nb, en };

export function eventSettingsMessagesFor(language: Language): EventSettingsMessages {
  return MESSAGES[language];
}
