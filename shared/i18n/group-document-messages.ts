import type { Language } from '#shared/domain/event.ts';
import type { GroupDocumentKind } from '#shared/domain/group-document.ts';
import { formatCount } from './plural-forms.ts';

/** A working group's shared documents: the members' list and form, and the organisers' tab. */
const sv = {
  section: 'Dokument',
  heading: 'Gruppens dokument',
  intro:
    'Här delar kommunerna och polisen i gruppen sina lokala dokument mellan träffarna. Bara gruppens medlemmar och arrangörerna ser dem.',
  organiserIntro:
    'Dokumenten som gruppens kommuner och polis har delat, per kommun. Bara gruppens medlemmar och ni arrangörer ser dem.',
  none: 'Inga dokument är uppladdade ännu.',
  count: (n: number) => (n === 1 ? '1 dokument' : `${formatCount('sv', n)} dokument`),
  add: 'Lägg till ett dokument',
  addIntro:
    'Först uppgifterna om dokumentet, sedan själva filen. Gruppens medlemmar och arrangörerna ser det direkt.',
  kinds: {
    'collaboration-agreement': 'Överenskommelse om samverkan',
    'action-plan': 'Handlingsplan',
    'drug-prevention-strategy': 'Drogförebyggande strategi',
    'citizen-promise': 'Medborgarlöfte',
    other: 'Annat',
  } satisfies Record<GroupDocumentKind, string>,
  kind: 'Typ av dokument',
  chooseKind: 'Välj vilken typ av dokument det är.',
  municipality: 'Kommun',
  municipalityHint: 'Den kommun dokumentet gäller.',
  chooseMunicipality: 'Välj en av gruppens kommuner.',
  year: 'År',
  yearHint: 'Året dokumentet beslutades eller gäller från.',
  yearRange: (min: number, max: number) => `Skriv ett årtal mellan ${min} och ${max}.`,
  about: (kind: string, year: number) => `${kind}, ${year}`,
  sharedBy: (municipality: string) => `Delat av ${municipality}`,
  notYourTeam: 'Bara teamet som laddade upp dokumentet kan ta bort det.',
};

export type GroupDocumentMessages = typeof sv;

const nb: GroupDocumentMessages = {
  section: 'Dokumenter',
  heading: 'Gruppens dokumenter',
  intro:
    'Her deler kommunene og politiet i gruppen sine lokale dokumenter mellom samlingene. Bare gruppens medlemmer og arrangørene ser dem.',
  organiserIntro:
    'Dokumentene som gruppens kommuner og politi har delt, per kommune. Bare gruppens medlemmer og dere arrangører ser dem.',
  none: 'Ingen dokumenter er lastet opp ennå.',
  count: (n: number) => (n === 1 ? '1 dokument' : `${formatCount('nb', n)} dokumenter`),
  add: 'Legg til et dokument',
  addIntro:
    'Først opplysningene om dokumentet, deretter selve filen. Gruppens medlemmer og arrangørene ser det med en gang.',
  kinds: {
    'collaboration-agreement': 'Samarbeidsavtale',
    'action-plan': 'Handlingsplan',
    'drug-prevention-strategy': 'Rusforebyggende strategi',
    'citizen-promise': 'Innbyggerløfte',
    other: 'Annet',
  },
  kind: 'Type dokument',
  chooseKind: 'Velg hvilken type dokument det er.',
  municipality: 'Kommune',
  municipalityHint: 'Kommunen dokumentet gjelder.',
  chooseMunicipality: 'Velg en av gruppens kommuner.',
  year: 'År',
  yearHint: 'Året dokumentet ble vedtatt eller gjelder fra.',
  yearRange: (min: number, max: number) => `Skriv et årstall mellom ${min} og ${max}.`,
  about: (kind: string, year: number) => `${kind}, ${year}`,
  sharedBy: (municipality: string) => `Delt av ${municipality}`,
  notYourTeam: 'Bare teamet som lastet opp dokumentet, kan fjerne det.',
};

const en: GroupDocumentMessages = {
  section: 'Documents',
  heading: "The group's documents",
  intro:
    "Here the group's municipalities and police share their local documents between meetings. Only the group's members and its organisers see them.",
  organiserIntro:
    "The documents the group's municipalities and police have shared, by municipality. Only the group's members and you organisers see them.",
  none: 'No documents have been uploaded yet.',
  count: (n: number) => (n === 1 ? '1 document' : `${formatCount('en', n)} documents`),
  add: 'Add a document',
  addIntro:
    "First the document's details, then the file itself. The group's members and organisers see it at once.",
  kinds: {
    'collaboration-agreement': 'Collaboration agreement',
    'action-plan': 'Action plan',
    'drug-prevention-strategy': 'Drug-prevention strategy',
    'citizen-promise': 'Citizen promise',
    other: 'Other',
  },
  kind: 'Kind of document',
  chooseKind: 'Choose which kind of document it is.',
  municipality: 'Municipality',
  municipalityHint: 'The municipality the document concerns.',
  chooseMunicipality: "Choose one of the group's municipalities.",
  year: 'Year',
  yearHint: 'The year the document was adopted or applies from.',
  yearRange: (min: number, max: number) => `Enter a year between ${min} and ${max}.`,
  about: (kind: string, year: number) => `${kind}, ${year}`,
  sharedBy: (municipality: string) => `Shared by ${municipality}`,
  notYourTeam: 'Only the team that uploaded the document can remove it.',
};

const MESSAGES: Record<Language, GroupDocumentMessages> = { sv, nb, en };

export const groupDocumentMessagesFor = (language: Language): GroupDocumentMessages => MESSAGES[language];
