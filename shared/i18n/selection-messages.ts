import type { Language } from '#shared/domain/event.ts';
import type { Criterion } from '#shared/working-group/application-criteria.ts';
import type { ReviewQuery } from '#shared/working-group/review-list.ts';
import { counted, formatCount } from './plural-forms.ts';

/** The organisers' review of a working group's applications, their choice, and the decisions the applicants get. */
const sv = {
  applications: 'Ansökningar',
  title: (event: string) => `Ansökningar: ${event}`,
  selectionTitle: (event: string) => `Urval och beslut: ${event}`,
  noneSelectedYet: 'Ingen kommun är vald ännu. Välj bland ansökningarna.',
  summary: (applied: number, selected: number, places: number) =>
    `${counted('sv', applied, { one: '# kommun', other: '# kommuner' })} har ansökt. ${formatCount('sv', selected)} av ${counted('sv', places, { one: '# plats är vald', other: '# platser är valda' })}.`,
  noApplications: 'Inga ansökningar ännu.',
  basis: (basis: string) => `Urvalsgrund: ${basis}`,
  filterHeading: 'Visa och sortera',
  county: 'Län',
  allCounties: 'Alla län',
  show: 'Visa',
  shows: {
    all: 'Alla',
    selected: 'Valda',
    'not-selected': 'Inte valda',
    'criteria-missing': 'Med kriterier som inte är uppfyllda',
  } satisfies Record<ReviewQuery['show'], string>,
  sort: 'Sortera efter',
  sorts: {
    score: 'Poäng (högst först)',
    municipality: 'Kommun',
    county: 'Län',
    submitted: 'Inskickad (tidigast först)',
  } satisfies Record<ReviewQuery['sort'], string>,
  apply: 'Visa',
  shown: (shown: number, all: number) => `Visar ${shown} av ${all}.`,
  columns: {
    municipality: 'Kommun',
    county: 'Län',
    criteria: 'Kriterier',
    score: 'Poäng',
    neighbours: 'Grannar bland de sökande',
    decision: 'Urval',
  },
  criteria: {
    municipalityRepresentative: 'Kommunens representant',
    policeRepresentative: 'Polisens representant',
    localSituation: 'Lokal lägesbild',
    commitment: 'Åtagande mellan träffarna',
    onTime: 'Inkommen i tid',
  } satisfies Record<Criterion, string>,
  met: 'uppfyllt',
  notMet: 'saknas',
  allMet: 'Alla uppfyllda',
  missing: (names: string) => `Saknas: ${names}`,
  noNeighbours: 'Ingen sökande kommun gränsar till den',
  notScored: '–',
  selected: 'Vald',
  notSelected: 'Inte vald',
  select: 'Välj',
  unselect: 'Ta bort ur urvalet',
  details: (municipality: string) => `Ansökan från ${municipality}`,
  team: 'Teamet',
  localSituation: 'Lokal lägesbild',
  submittedAt: (when: string) => `Inskickad ${when}.`,
  reviewHeading: 'Er bedömning',
  notes: 'Anteckningar',
  notesHint: 'Syns bara för arrangörerna.',
  score: 'Poäng',
  scoreHint: 'Er egen poäng, ett heltal 0–100. Lämna tomt om ni inte har satt någon poäng.',
  saveReview: 'Spara bedömningen',
  notices: {
    reviewSaved: (municipality: string) => `Bedömningen av ${municipality} är sparad.`,
    selected: (municipality: string) => `${municipality} är vald.`,
    unselected: (municipality: string) => `${municipality} är inte längre vald.`,
    full: (places: number) =>
      `${counted('sv', places, { one: 'Den enda platsen är redan vald', other: 'Alla # platser är redan valda' })}. Ta bort en kommun ur urvalet innan du väljer en annan.`,
    decided: 'Besluten är redan skickade, så urvalet kan inte längre ändras här.',
    unchanged: 'Inget ändrades: ansökan var redan i det läget, eller så finns den inte.',
    decisionsSent: (selected: number, declined: number) =>
      `Besluten är skickade: ${counted('sv', selected, { one: '# kommun', other: '# kommuner' })} har fått välkomstbrev och ${formatCount('sv', declined)} ett besked om att de inte valdes ut.`,
    notConfirmed: 'Kryssa i rutan för att bekräfta att besluten ska skickas.',
    noneSelected: 'Välj minst en kommun innan besluten skickas.',
    beforeDeadline: (deadline: string) =>
      `Besluten kan skickas när ansökningstiden är slut, efter ${deadline}. Fram till dess kan kommuner ansöka och ändra sina ansökningar.`,
    groupCancelled:
      'Arbetsgruppen är inställd: ansökningarna kan inte längre bedömas eller väljas, och inga beslut skickas.',
  },
  errors: {
    score: 'Skriv poängen som ett heltal mellan 0 och 100.',
    notesTooLong: (max: number) => `Högst ${max} tecken.`,
  },
  errorSummary: 'Bedömningen sparades inte. Rätta följande:',
  mapHeading: 'Sökande på kartan',
  mapDescription:
    'Schematisk bild: varje sökande kommun är en punkt vid sin centralort, fylld och med en bock om kommunen är vald, en ring om den inte är det. En linje mellan två sökande betyder att kommunerna gränsar till varandra. Länens namn står vid residensstäderna. Listan under bilden säger detsamma.',
  mapLegend: {
    selected: 'Vald kommun',
    notSelected: 'Sökande, inte vald',
    border: 'Kommunerna gränsar till varandra',
  },
  mapApplicant: (municipality: string, county: string, selected: boolean, neighbours: string[]) =>
    `${municipality} (${county})${selected ? ', vald' : ''}: ${neighbours.length === 0 ? 'gränsar inte till någon annan sökande' : `gränsar till ${neighbours.join(', ')}`}.`,
  decisionsHeading: 'Skicka besluten',
  decisionsIntro: (selected: number, declined: number) =>
    `${counted('sv', selected, { one: '# vald kommun', other: '# valda kommuner' })} får ett välkomstbrev med träffarna som kalenderinbjudningar och en länk till gruppens kalender. ${counted('sv', declined, { one: '# kommun får ett vänligt besked om att den inte valdes ut', other: '# kommuner får ett vänligt besked om att de inte valdes ut' })}. Alla i teamen får beskedet.`,
  decisionsWarning: 'Efter att besluten är skickade kan urvalet inte ändras här.',
  confirmDecisions: 'Jag har gått igenom urvalet och vill skicka besluten.',
  sendDecisions: 'Skicka besluten',
  decisionsSentAt: (when: string) => `Besluten skickades ${when}.`,
  outcome: { selected: 'Vald', declined: 'Inte vald', submitted: 'Inväntar beslut' },
  mail: {
    selectedSubject: (title: string) => `Välkomna till ${title}`,
    selectedBody: (municipality: string, title: string) =>
      `Vi är glada att kunna meddela att ${municipality} är en av kommunerna som har valts ut till ${title}.`,
    group: (municipalities: string) => `Kommunerna i gruppen: ${municipalities}.`,
    meetingsHeading: 'Träffarna',
    meetingLine: (number: number, when: string, where: string) => `Träff ${number}: ${when}, ${where}.`,
    meetingToBeDecided: (number: number) => `Träff ${number}: datum bestäms tillsammans i gruppen.`,
    meetingsToBeDecided: (first: number, last: number) =>
      `Träff ${first}–${last}: datumen bestäms tillsammans i gruppen.`,
    digital: 'digitalt',
    invitesNote:
      'För varje träff som har ett datum får du en kalenderinbjudan i ett separat meddelande. Om du prenumererar på gruppens kalender kommer nya och ändrade träffar in automatiskt.',
    pageNote:
      'På gruppens sida ser du träffarna med länken till de digitala mötena och kan svara när vi föreslår datum. Länken är personlig; dela den inte.',
    groupPage: 'Öppna gruppens sida',
    declinedSubject: (title: string) => `Besked om er ansökan till ${title}`,
    declinedBody: (municipality: string, title: string, moreThanPlaces: boolean) =>
      `Tack för ansökan från ${municipality} till ${title}. ${moreThanPlaces ? 'Vi fick fler ansökningar än det finns platser och har valt ut kommuner' : 'Vi har gått igenom ansökningarna och valt ut de kommuner som passar bäst i gruppen'} så att gruppen kan samarbeta över geografiska gränser. Den här gången kom ${municipality} tyvärr inte med.`,
    declinedClosing:
      'Beslutet säger inget om hur viktigt ert arbete är. Vi hör gärna av oss när det blir fler omgångar, och ni är välkomna att kontakta oss om ni har frågor.',
    groupCancelledSubject: (title: string) => `Inställt: ${title}`,
    groupCancelledBody: (title: string) =>
      `Arrangörerna har ställt in arbetsgruppen ${title}, så den blir inte av. Ni behöver inte göra något mer. Har ni frågor svarar arrangörerna gärna.`,
    readMore: 'Om arbetsgruppen',
    why: (title: string) =>
      `Du får det här meddelandet eftersom du står med i en kommuns ansökan till ${title} på Träffpunkt.`,
  },
};

export type SelectionMessages = typeof sv;

const nb: SelectionMessages = {
  applications: 'Søknader',
  title: (event) => `Søknader: ${event}`,
  selectionTitle: (event) => `Utvalg og beslutninger: ${event}`,
  noneSelectedYet: 'Ingen kommune er valgt ut ennå. Velg blant søknadene.',
  summary: (applied, selected, places) =>
    `${counted('nb', applied, { one: '# kommune', other: '# kommuner' })} har søkt. ${formatCount('nb', selected)} av ${counted('nb', places, { one: '# plass er valgt', other: '# plasser er valgt' })}.`,
  noApplications: 'Ingen søknader ennå.',
  basis: (basis) => `Utvalgsgrunnlag: ${basis}`,
  filterHeading: 'Vis og sorter',
  county: 'Len',
  allCounties: 'Alle len',
  show: 'Vis',
  shows: {
    all: 'Alle',
    selected: 'Valgte',
    'not-selected': 'Ikke valgte',
    'criteria-missing': 'Med krav som ikke er oppfylt',
  },
  sort: 'Sorter etter',
  sorts: {
    score: 'Poeng (høyest først)',
    municipality: 'Kommune',
    county: 'Len',
    submitted: 'Sendt inn (tidligste først)',
  },
  apply: 'Vis',
  shown: (shown, all) => `Viser ${shown} av ${all}.`,
  columns: {
    municipality: 'Kommune',
    county: 'Len',
    criteria: 'Krav',
    score: 'Poeng',
    neighbours: 'Naboer blant søkerne',
    decision: 'Valg',
  },
  criteria: {
    municipalityRepresentative: 'Kommunens representant',
    policeRepresentative: 'Politiets representant',
    localSituation: 'Lokalt situasjonsbilde',
    commitment: 'Forpliktelse mellom samlingene',
    onTime: 'Kom inn i tide',
  },
  met: 'oppfylt',
  notMet: 'mangler',
  allMet: 'Alle oppfylt',
  missing: (names) => `Mangler: ${names}`,
  noNeighbours: 'Ingen søkerkommune grenser til den',
  notScored: '–',
  selected: 'Valgt',
  notSelected: 'Ikke valgt',
  select: 'Velg',
  unselect: 'Fjern fra utvalget',
  details: (municipality) => `Søknaden fra ${municipality}`,
  team: 'Teamet',
  localSituation: 'Lokalt situasjonsbilde',
  submittedAt: (when) => `Sendt inn ${when}.`,
  reviewHeading: 'Deres vurdering',
  notes: 'Notater',
  notesHint: 'Vises bare for arrangørene.',
  score: 'Poeng',
  scoreHint: 'Deres egen poengsum, et heltall 0–100. La feltet stå tomt hvis dere ikke har gitt poeng.',
  saveReview: 'Lagre vurderingen',
  notices: {
    reviewSaved: (municipality) => `Vurderingen av ${municipality} er lagret.`,
    selected: (municipality) => `${municipality} er valgt.`,
    unselected: (municipality) => `${municipality} er ikke lenger valgt.`,
    full: (places) =>
      `${counted('nb', places, { one: 'Den eneste plassen er allerede valgt', other: 'Alle # plassene er allerede valgt' })}. Fjern en kommune fra utvalget før du velger en annen.`,
    decided: 'Beslutningene er allerede sendt, så utvalget kan ikke lenger endres her.',
    unchanged: 'Ingenting ble endret: søknaden var allerede slik, eller så finnes den ikke.',
    decisionsSent: (selected, declined) =>
      `Beslutningene er sendt: ${counted('nb', selected, { one: '# kommune', other: '# kommuner' })} har fått velkomstbrev og ${formatCount('nb', declined)} beskjed om at de ikke ble valgt.`,
    notConfirmed: 'Kryss av i boksen for å bekrefte at beslutningene skal sendes.',
    noneSelected: 'Velg minst én kommune før beslutningene sendes.',
    beforeDeadline: (deadline) =>
      `Beslutningene kan sendes når søknadsfristen er ute, etter ${deadline}. Fram til da kan kommuner søke og endre søknadene sine.`,
    groupCancelled:
      'Arbeidsgruppen er avlyst: søknadene kan ikke lenger vurderes eller velges, og ingen beslutninger sendes.',
  },
  errors: {
    score: 'Skriv poengene som et heltall mellom 0 og 100.',
    notesTooLong: (max) => `Høyst ${max} tegn.`,
  },
  errorSummary: 'Vurderingen ble ikke lagret. Rett følgende:',
  mapHeading: 'Søkerne på kartet',
  mapDescription:
    'Skjematisk bilde: hver kommune som har søkt, er et punkt ved kommunesenteret, fylt og med en hake hvis kommunen er valgt, en ring hvis den ikke er det. En linje mellom to søkere betyr at kommunene grenser til hverandre. Lenenes navn står ved residensbyene. Listen under bildet sier det samme.',
  mapLegend: {
    selected: 'Valgt kommune',
    notSelected: 'Søker, ikke valgt',
    border: 'Kommunene grenser til hverandre',
  },
  mapApplicant: (municipality, county, selected, neighbours) =>
    `${municipality} (${county})${selected ? ', valgt' : ''}: ${neighbours.length === 0 ? 'grenser ikke til noen annen søker' : `grenser til ${neighbours.join(', ')}`}.`,
  decisionsHeading: 'Send beslutningene',
  decisionsIntro: (selected, declined) =>
    `${counted('nb', selected, { one: '# valgt kommune', other: '# valgte kommuner' })} får et velkomstbrev med samlingene som kalenderinvitasjoner og en lenke til gruppens kalender. ${counted('nb', declined, { one: '# kommune får en vennlig beskjed om at den ikke ble valgt', other: '# kommuner får en vennlig beskjed om at de ikke ble valgt' })}. Alle i teamene får beskjeden.`,
  decisionsWarning: 'Etter at beslutningene er sendt, kan utvalget ikke endres her.',
  confirmDecisions: 'Jeg har gått gjennom utvalget og vil sende beslutningene.',
  sendDecisions: 'Send beslutningene',
  decisionsSentAt: (when) => `Beslutningene ble sendt ${when}.`,
  outcome: { selected: 'Valgt', declined: 'Ikke valgt', submitted: 'Venter på beslutning' },
  mail: {
    selectedSubject: (title) => `Velkommen til ${title}`,
    selectedBody: (municipality, title) =>
      `Vi er glade for å kunne fortelle at ${municipality} er en av kommunene som er valgt ut til ${title}.`,
    group: (municipalities) => `Kommunene i gruppen: ${municipalities}.`,
    meetingsHeading: 'Samlingene',
    meetingLine: (number, when, where) => `Samling ${number}: ${when}, ${where}.`,
    meetingToBeDecided: (number) => `Samling ${number}: datoen bestemmes sammen i gruppen.`,
    meetingsToBeDecided: (first, last) => `Samling ${first}–${last}: datoene bestemmes sammen i gruppen.`,
    digital: 'digitalt',
    invitesNote:
      'For hver samling som har fått dato, får du en kalenderinvitasjon i en egen melding. Abonnerer du på gruppens kalender, kommer nye og endrede samlinger inn automatisk.',
    pageNote:
      'På gruppens side ser du samlingene med lenken til de digitale møtene og kan svare når vi foreslår datoer. Lenken er personlig; ikke del den.',
    groupPage: 'Åpne gruppens side',
    declinedSubject: (title) => `Svar på søknaden deres til ${title}`,
    declinedBody: (municipality, title, moreThanPlaces) =>
      `Takk for søknaden fra ${municipality} til ${title}. ${moreThanPlaces ? 'Vi fikk flere søknader enn det er plasser, og har valgt ut kommuner' : 'Vi har gått gjennom søknadene og valgt ut de kommunene som passer best i gruppen,'} slik at gruppen kan samarbeide på tvers av geografiske grenser. Denne gangen kom dessverre ikke ${municipality} med.`,
    declinedClosing:
      'Beslutningen sier ingenting om hvor viktig arbeidet deres er. Vi gir gjerne beskjed når det blir flere runder, og dere er velkomne til å kontakte oss hvis dere har spørsmål.',
    groupCancelledSubject: (title) => `Avlyst: ${title}`,
    groupCancelledBody: (title) =>
      `Arrangørene har avlyst arbeidsgruppen ${title}, så den blir ikke noe av. Dere trenger ikke gjøre noe mer. Har dere spørsmål, svarer arrangørene gjerne.`,
    readMore: 'Om arbeidsgruppen',
    why: (title) =>
      `Du får denne meldingen fordi du står oppført i en kommunes søknad til ${title} på Träffpunkt.`,
  },
};

const en: SelectionMessages = {
  applications: 'Applications',
  title: (event) => `Applications: ${event}`,
  selectionTitle: (event) => `Selection and decisions: ${event}`,
  noneSelectedYet: 'No municipality is selected yet. Choose among the applications.',
  summary: (applied, selected, places) =>
    `${counted('en', applied, { one: '# municipality has', other: '# municipalities have' })} applied. ${formatCount('en', selected)} of ${counted('en', places, { one: '# place is filled', other: '# places are filled' })}.`,
  noApplications: 'No applications yet.',
  basis: (basis) => `Basis for selection: ${basis}`,
  filterHeading: 'Show and sort',
  county: 'County',
  allCounties: 'All counties',
  show: 'Show',
  shows: {
    all: 'All',
    selected: 'Selected',
    'not-selected': 'Not selected',
    'criteria-missing': 'With criteria not met',
  },
  sort: 'Sort by',
  sorts: {
    score: 'Score (highest first)',
    municipality: 'Municipality',
    county: 'County',
    submitted: 'Submitted (earliest first)',
  },
  apply: 'Show',
  shown: (shown, all) => `Showing ${shown} of ${all}.`,
  columns: {
    municipality: 'Municipality',
    county: 'County',
    criteria: 'Criteria',
    score: 'Score',
    neighbours: 'Neighbours among the applicants',
    decision: 'Selection',
  },
  criteria: {
    municipalityRepresentative: 'Municipality representative',
    policeRepresentative: 'Police representative',
    localSituation: 'Local situation',
    commitment: 'Commitment between meetings',
    onTime: 'On time',
  },
  met: 'met',
  notMet: 'missing',
  allMet: 'All met',
  missing: (names) => `Missing: ${names}`,
  noNeighbours: 'No other applicant borders it',
  notScored: '–',
  selected: 'Selected',
  notSelected: 'Not selected',
  select: 'Select',
  unselect: 'Remove from the selection',
  details: (municipality) => `Application from ${municipality}`,
  team: 'The team',
  localSituation: 'Local situation',
  submittedAt: (when) => `Submitted ${when}.`,
  reviewHeading: 'Your assessment',
  notes: 'Notes',
  notesHint: 'Visible to organisers only.',
  score: 'Score',
  scoreHint: 'Your own score, a whole number 0–100. Leave it empty if you have not scored the application.',
  saveReview: 'Save the assessment',
  notices: {
    reviewSaved: (municipality) => `The assessment of ${municipality} is saved.`,
    selected: (municipality) => `${municipality} is selected.`,
    unselected: (municipality) => `${municipality} is no longer selected.`,
    full: (places) =>
      `${counted('en', places, { one: 'The only place is taken', other: 'All # places are taken' })}. Remove a municipality from the selection before choosing another.`,
    decided: 'The decisions have been sent, so the selection can no longer be changed here.',
    unchanged: 'Nothing changed: the application was already in that state, or does not exist.',
    decisionsSent: (selected, declined) =>
      `The decisions are sent: ${counted('en', selected, { one: '# municipality', other: '# municipalities' })} got a welcome letter and ${formatCount('en', declined)} a message that they were not selected.`,
    notConfirmed: 'Tick the box to confirm that the decisions should be sent.',
    noneSelected: 'Select at least one municipality before sending the decisions.',
    beforeDeadline: (deadline) =>
      `The decisions can be sent once applications close, after ${deadline}. Until then municipalities may apply and change their applications.`,
    groupCancelled:
      'The working group is cancelled: its applications can no longer be assessed or chosen, and no decisions are sent.',
  },
  errors: {
    score: 'Write the score as a whole number between 0 and 100.',
    notesTooLong: (max) => `At most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
  },
  errorSummary: 'The assessment was not saved. Please correct the following:',
  mapHeading: 'The applicants on the map',
  mapDescription:
    'A schematic picture: each applying municipality is a dot at its main town, filled and ticked when it is selected, a ring when it is not. A line between two applicants means their municipalities share a border. The counties are named at their county towns. The list below the picture says the same.',
  mapLegend: {
    selected: 'Selected municipality',
    notSelected: 'Applicant, not selected',
    border: 'The municipalities share a border',
  },
  mapApplicant: (municipality, county, selected, neighbours) =>
    `${municipality} (${county})${selected ? ', selected' : ''}: ${neighbours.length === 0 ? 'borders no other applicant' : `borders ${neighbours.join(', ')}`}.`,
  decisionsHeading: 'Send the decisions',
  decisionsIntro: (selected, declined) =>
    `${counted('en', selected, { one: '# selected municipality gets', other: '# selected municipalities get' })} a welcome letter with the meetings as calendar invitations and a link to the group's calendar. ${counted('en', declined, { one: '# municipality gets', other: '# municipalities get' })} a friendly message saying they were not selected. Everyone in each team receives the message.`,
  decisionsWarning: 'Once the decisions are sent, the selection cannot be changed here.',
  confirmDecisions: 'I have reviewed the selection and want to send the decisions.',
  sendDecisions: 'Send the decisions',
  decisionsSentAt: (when) => `The decisions were sent ${when}.`,
  outcome: { selected: 'Selected', declined: 'Not selected', submitted: 'Awaiting a decision' },
  mail: {
    selectedSubject: (title) => `Welcome to ${title}`,
    selectedBody: (municipality, title) =>
      `We are glad to tell you that ${municipality} is one of the municipalities selected for ${title}.`,
    group: (municipalities) => `The municipalities in the group: ${municipalities}.`,
    meetingsHeading: 'The meetings',
    meetingLine: (number, when, where) => `Meeting ${number}: ${when}, ${where}.`,
    meetingToBeDecided: (number) => `Meeting ${number}: the date is decided together in the group.`,
    meetingsToBeDecided: (first, last) =>
      `Meetings ${first}–${last}: the dates are decided together in the group.`,
    digital: 'online',
    invitesNote:
      'For each meeting that has a date, you will receive a calendar invitation in a separate message. Subscribe to the group calendar and new and changed meetings will appear automatically.',
    pageNote:
      "The group's page shows the meetings with the link to the online ones, and lets you answer when we propose dates. The link is personal; do not share it.",
    groupPage: "Open the group's page",
    declinedSubject: (title) => `About your application to ${title}`,
    declinedBody: (municipality, title, moreThanPlaces) =>
      `Thank you for the application from ${municipality} to ${title}. ${moreThanPlaces ? 'We received more applications than there are places and have selected municipalities' : 'We have gone through the applications and selected the municipalities that fit the group best'} so that the group can work across geographical borders. Unfortunately, ${municipality} was not selected this time.`,
    declinedClosing:
      'The decision says nothing about how important your work is. We will be glad to let you know about future rounds, and you are welcome to contact us with any questions.',
    groupCancelledSubject: (title) => `Cancelled: ${title}`,
    groupCancelledBody: (title) =>
      `The organisers have cancelled the working group ${title}, so it will not take place. You do not need to do anything. The organisers will be glad to answer any questions.`,
    readMore: 'About the working group',
    why: (title) =>
      `You are receiving this message because you are named in a municipality's application to ${title} on Träffpunkt.`,
  },
};

const MESSAGES: Record<Language, SelectionMessages> = { sv, nb, en };

export function selectionMessagesFor(language: Language): SelectionMessages {
  return MESSAGES[language];
}
