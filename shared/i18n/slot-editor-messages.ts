import type { Language } from '#shared/domain/event.ts';
import { counted, formatCount } from './plural-forms.ts';

/** The programme editor slot by slot: adding, changing, moving and removing one slot; Swedish first. */
const sv = {
  slotsHeading: 'Passen',
  slotsHint:
    'Lägg till, ändra, flytta eller ta bort ett pass i taget. Deltagare som har valt ett pass får en uppdaterad kalenderinbjudan när det ändras, och en avbokning när det tas bort.',
  addSlot: 'Lägg till ett pass',
  editSlot: (title: string) => `Ändra eller ta bort ”${title}”`,
  moveEarlier: 'Flytta upp',
  moveLater: 'Flytta ned',
  moveEarlierOf: (title: string) => `Flytta upp ”${title}”`,
  moveLaterOf: (title: string) => `Flytta ned ”${title}”`,
  track: (track: string) => `Spår: ${track}`,
  places: (capacity: number, picked: number) =>
    `${formatCount('sv', picked)} av ${counted('sv', capacity, { one: '# plats vald', other: '# platser valda' })}`,
  backToProgramme: 'Tillbaka till programmet',
  newSlotTitle: 'Nytt pass',
  changeSlotTitle: (title: string) => `Ändra passet ”${title}”`,
  fields: {
    day: 'Dag',
    starts: 'Börjar',
    ends: 'Slutar',
    kind: 'Typ av pass',
    title: 'Rubrik',
    description: 'Beskrivning',
    speakers: 'Talare',
    track: 'Spår',
    capacity: 'Platser i passet',
  },
  hints: {
    starts: 'Klockslag, till exempel 10:05.',
    ends: 'Lämna tomt för en tidpunkt utan längd, till exempel Slut dag 1.',
    speakers: 'En talare per rad: Namn, titel, organisation.',
    track: 'Pass i olika spår får pågå samtidigt. Lämna tomt om programmet har ett enda spår.',
    capacity:
      'Lämna tomt om passet inte har ett eget antal platser. Annars väljer deltagarna passet tills det är fullt.',
  },
  chooseDay: 'Välj dag',
  chooseKind: 'Välj typ',
  addButton: 'Lägg till passet',
  saveButton: 'Spara passet',
  notSaved: 'Passet är inte sparat',
  removeHeading: 'Ta bort passet',
  removeExplanation:
    'Passet tas bort ur programmet. Deltagare som har valt det får en avbokning till sin kalender.',
  removeConfirm:
    'Jag förstår att passet tas bort ur programmet och att deltagarna som har valt det får besked',
  removeButton: 'Ta bort passet',
  removeNotConfirmed: 'Kryssa i rutan för att bekräfta att passet ska tas bort.',
  notices: {
    added: (title: string) => `Passet ”${title}” är tillagt.`,
    saved: (title: string) => `Passet ”${title}” är sparat.`,
    unchanged: (title: string) => `Inget att spara: passet ”${title}” är som förut.`,
    removed: (title: string) => `Passet ”${title}” är borttaget.`,
    moved: (title: string) => `Passet ”${title}” är flyttat.`,
    told: (n: number) => `${n} deltagare får besked via e-post.`,
    cannotMove: (title: string) =>
      `Passet ”${title}” kan inte flyttas dit: det finns inget pass i samma spår samma dag att byta plats med.`,
    changedMeanwhile:
      'Någon annan ändrade passet under tiden, så din ändring är inte sparad. Här visas passet som det är nu: gör om din ändring.',
  },
  /** Besides these, the slot form says what every editor form says (`workspaceMessagesFor(…).editor.errors`). */
  errors: {
    day: 'Välj en av evenemangets dagar.',
    time: 'Ange ett klockslag, till exempel 10:05.',
    kind: 'Välj vilken typ av pass det är.',
    capacity: 'Ange ett helt antal platser, minst 1, eller lämna fältet tomt.',
    capacityBelowPicked: (picked: number) =>
      `${formatCount('sv', picked)} deltagare har redan valt passet. Ange minst ${counted('sv', picked, { one: '# plats', other: '# platser' })}.`,
  },
};

export type SlotEditorMessages = typeof sv;

const nb: SlotEditorMessages = {
  slotsHeading: 'Øktene',
  slotsHint:
    'Legg til, endre, flytt eller fjern én økt om gangen. Deltakere som har valgt en økt, får en oppdatert kalenderinvitasjon når den endres, og en avlysning når den fjernes.',
  addSlot: 'Legg til en økt',
  editSlot: (title) => `Endre eller fjern «${title}»`,
  moveEarlier: 'Flytt opp',
  moveLater: 'Flytt ned',
  moveEarlierOf: (title) => `Flytt opp «${title}»`,
  moveLaterOf: (title) => `Flytt ned «${title}»`,
  track: (track) => `Spor: ${track}`,
  places: (capacity, picked) =>
    `${formatCount('nb', picked)} av ${counted('nb', capacity, { one: '# plass valgt', other: '# plasser valgt' })}`,
  backToProgramme: 'Tilbake til programmet',
  newSlotTitle: 'Ny økt',
  changeSlotTitle: (title) => `Endre økten «${title}»`,
  fields: {
    day: 'Dag',
    starts: 'Starter',
    ends: 'Slutter',
    kind: 'Type økt',
    title: 'Tittel',
    description: 'Beskrivelse',
    speakers: 'Foredragsholdere',
    track: 'Spor',
    capacity: 'Plasser i økten',
  },
  hints: {
    starts: 'Klokkeslett, for eksempel 10:05.',
    ends: 'La feltet stå tomt for et tidspunkt uten varighet, for eksempel Slutt dag 1.',
    speakers: 'Én foredragsholder per linje: Navn, tittel, organisasjon.',
    track: 'Økter i ulike spor kan gå samtidig. La feltet stå tomt hvis programmet har ett spor.',
    capacity:
      'La feltet stå tomt hvis økten ikke har et eget antall plasser. Ellers velger deltakerne økten til den er full.',
  },
  chooseDay: 'Velg dag',
  chooseKind: 'Velg type',
  addButton: 'Legg til økten',
  saveButton: 'Lagre økten',
  notSaved: 'Økten er ikke lagret',
  removeHeading: 'Fjern økten',
  removeExplanation:
    'Økten fjernes fra programmet. Deltakere som har valgt den, får en avlysning til kalenderen sin.',
  removeConfirm:
    'Jeg forstår at økten fjernes fra programmet, og at deltakerne som har valgt den, får beskjed',
  removeButton: 'Fjern økten',
  removeNotConfirmed: 'Kryss av i boksen for å bekrefte at økten skal fjernes.',
  notices: {
    added: (title) => `Økten «${title}» er lagt til.`,
    saved: (title) => `Økten «${title}» er lagret.`,
    unchanged: (title) => `Ingenting å lagre: økten «${title}» er som før.`,
    removed: (title) => `Økten «${title}» er fjernet.`,
    moved: (title) => `Økten «${title}» er flyttet.`,
    told: (n) => `${counted('nb', n, { one: '# deltaker', other: '# deltakere' })} får beskjed på e-post.`,
    cannotMove: (title) =>
      `Økten «${title}» kan ikke flyttes dit: det finnes ingen økt i samme spor samme dag å bytte plass med.`,
    changedMeanwhile:
      'Noen andre endret økten i mellomtiden, så endringen din er ikke lagret. Her vises økten slik den er nå: gjør endringen igjen.',
  },
  errors: {
    day: 'Velg en av arrangementets dager.',
    time: 'Oppgi et klokkeslett, for eksempel 10:05.',
    kind: 'Velg hvilken type økt det er.',
    capacity: 'Oppgi et helt antall plasser, minst 1, eller la feltet stå tomt.',
    capacityBelowPicked: (picked) =>
      `${counted('nb', picked, { one: '# deltaker', other: '# deltakere' })} har allerede valgt økten. Oppgi minst ${counted('nb', picked, { one: '# plass', other: '# plasser' })}.`,
  },
};

const en: SlotEditorMessages = {
  slotsHeading: 'Sessions',
  slotsHint:
    'Add, change, move or remove one session at a time. Participants who picked a session get an updated calendar invitation when it changes, and a cancellation when it is removed.',
  addSlot: 'Add a session',
  editSlot: (title) => `Change or remove “${title}”`,
  moveEarlier: 'Move up',
  moveLater: 'Move down',
  moveEarlierOf: (title) => `Move up “${title}”`,
  moveLaterOf: (title) => `Move down “${title}”`,
  track: (track) => `Track: ${track}`,
  places: (capacity, picked) =>
    `${formatCount('en', picked)} of ${counted('en', capacity, { one: '# place taken', other: '# places taken' })}`,
  backToProgramme: 'Back to the programme',
  newSlotTitle: 'New session',
  changeSlotTitle: (title) => `Change the session “${title}”`,
  fields: {
    day: 'Day',
    starts: 'Starts',
    ends: 'Ends',
    kind: 'Type of session',
    title: 'Title',
    description: 'Description',
    speakers: 'Speakers',
    track: 'Track',
    capacity: 'Places in the session',
  },
  hints: {
    starts: 'A time of day, for example 10:05.',
    ends: 'Leave empty for a point in time with no duration, such as End of day 1.',
    speakers: 'One speaker per line: Name, title, organisation.',
    track:
      'Sessions in different tracks may run at the same time. Leave empty if the programme has one track.',
    capacity:
      'Leave empty if the session has no number of places of its own. Otherwise participants pick it until it is full.',
  },
  chooseDay: 'Choose a day',
  chooseKind: 'Choose a type',
  addButton: 'Add the session',
  saveButton: 'Save the session',
  notSaved: 'The session is not saved',
  removeHeading: 'Remove the session',
  removeExplanation:
    'The session is taken out of the programme. Participants who picked it get a cancellation for their calendar.',
  removeConfirm:
    'I understand that the session will be taken out of the programme and that the participants who picked it will be notified',
  removeButton: 'Remove the session',
  removeNotConfirmed: 'Tick the box to confirm that the session should be removed.',
  notices: {
    added: (title) => `The session “${title}” has been added.`,
    saved: (title) => `The session “${title}” is saved.`,
    unchanged: (title) => `Nothing to save: the session “${title}” is as it was.`,
    removed: (title) => `The session “${title}” has been removed.`,
    moved: (title) => `The session “${title}” has been moved.`,
    told: (n) =>
      `${counted('en', n, { one: '# participant is', other: '# participants are' })} notified by e-mail.`,
    cannotMove: (title) =>
      `The session “${title}” cannot be moved there: there is no session in the same track on the same day to swap places with.`,
    changedMeanwhile:
      'Someone else changed the session in the meantime, so your change has not been saved. Here is the session as it is now: make your change again.',
  },
  errors: {
    day: 'Choose one of the event’s days.',
    time: 'Enter a time of day, for example 10:05.',
    kind: 'Choose the type of session.',
    capacity: 'Enter a whole number of places, at least 1, or leave the field empty.',
    capacityBelowPicked: (picked) =>
      `${counted('en', picked, { one: '# participant has', other: '# participants have' })} already picked the session. Enter at least ${counted('en', picked, { one: '# place', other: '# places' })}.`,
  },
};

const MESSAGES: Record<Language, SlotEditorMessages> = { sv, nb, en };

export function slotEditorMessagesFor(language: Language): SlotEditorMessages {
  return MESSAGES[language];
}
