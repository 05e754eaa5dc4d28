import type { Language } from '#shared/domain/event.ts';

/** What the programme rules and the programme importer tell organisers, in Swedish first, then Norwegian (bokmål) and English. */
const sv = {
  problem: {
    outsideEventTime: (title: string, when: string, eventWhen: string) =>
      `Passet ”${title}” (${when}) ligger utanför evenemangets tid: ${eventWhen}.`,
    outsideEventDays: (title: string, when: string, eventDays: string) =>
      `Passet ”${title}” (${when}) ligger utanför evenemangets dagar: ${eventDays}.`,
    endsBeforeStart: (title: string, when: string) =>
      `Passet ”${title}” måste börja innan det slutar (${when}).`,
    overlap: (first: string, firstWhen: string, second: string, secondWhen: string) =>
      `Passen ”${first}” (${firstWhen}) och ”${second}” (${secondWhen}) överlappar varandra.`,
  },
  line: {
    unreadableTime: (line: number, text: string) =>
      `Rad ${line}: tiden i ”${text}” går inte att läsa. Skriv den som 10.05–10.30 eller 10.05.`,
    timeOutsideDay: (line: number, time: string) =>
      `Rad ${line}: ${time} är ingen klocktid – timmen ska vara 00–23 och minuten 00–59.`,
    missingTitle: (line: number) => `Rad ${line}: passet saknar rubrik efter tiden.`,
    controlCharacter: (line: number) =>
      `Rad ${line}: raden innehåller osynliga styrtecken som vi inte tar emot. Skriv den på nytt, eller klistra in texten som oformaterad text.`,
    endBeforeStart: (line: number, end: string, start: string) =>
      `Rad ${line}: sluttiden ${end} ligger före starttiden ${start}.`,
    endAtStart: (line: number, time: string) =>
      `Rad ${line}: passet slutar ${time}, samma tid som det börjar.`,
    didYouMean: (time: string) => `Menade du ${time}?`,
    outOfOrder: (line: number, start: string, earlierLine: number, earlierStart: string) =>
      `Rad ${line}: passet börjar ${start}, före passet på rad ${earlierLine} som börjar ${earlierStart}. Skriv passen i tidsordning.`,
    overlap: (line: number, span: string, otherLine: number, otherSpan: string) =>
      `Rad ${line}: passet ${span} överlappar passet på rad ${otherLine} (${otherSpan}).`,
    outsideSlot: (line: number, text: string) =>
      `Rad ${line}: ”${text}” hör inte till något pass. Skriv passets tid och rubrik på raden före, till exempel 10.05–10.30 Rubrik.`,
  },
};

export type ProgrammeMessages = typeof sv;

const nb: ProgrammeMessages = {
  problem: {
    outsideEventTime: (title, when, eventWhen) =>
      `Økten «${title}» (${when}) ligger utenfor arrangementets tid: ${eventWhen}.`,
    outsideEventDays: (title, when, eventDays) =>
      `Økten «${title}» (${when}) ligger utenfor arrangementets dager: ${eventDays}.`,
    endsBeforeStart: (title, when) => `Økten «${title}» må begynne før den slutter (${when}).`,
    overlap: (first, firstWhen, second, secondWhen) =>
      `Øktene «${first}» (${firstWhen}) og «${second}» (${secondWhen}) overlapper hverandre.`,
  },
  line: {
    unreadableTime: (line, text) =>
      `Linje ${line}: klokkeslettet i «${text}» kan ikke leses. Skriv det som 10.05–10.30 eller 10.05.`,
    timeOutsideDay: (line, time) =>
      `Linje ${line}: ${time} er ikke et klokkeslett – timen må være 00–23 og minuttet 00–59.`,
    missingTitle: (line) => `Linje ${line}: økten mangler tittel etter klokkeslettet.`,
    controlCharacter: (line) =>
      `Linje ${line}: linjen inneholder usynlige kontrolltegn som vi ikke tar imot. Skriv den på nytt, eller lim inn teksten som uformatert tekst.`,
    endBeforeStart: (line, end, start) => `Linje ${line}: sluttiden ${end} ligger før starttiden ${start}.`,
    endAtStart: (line, time) => `Linje ${line}: økten slutter ${time}, samme tid som den begynner.`,
    didYouMean: (time) => `Mente du ${time}?`,
    outOfOrder: (line, start, earlierLine, earlierStart) =>
      `Linje ${line}: økten begynner ${start}, før økten på linje ${earlierLine} som begynner ${earlierStart}. Skriv øktene i tidsrekkefølge.`,
    overlap: (line, span, otherLine, otherSpan) =>
      `Linje ${line}: økten ${span} overlapper økten på linje ${otherLine} (${otherSpan}).`,
    outsideSlot: (line, text) =>
      `Linje ${line}: «${text}» hører ikke til noen økt. Skriv øktens tid og tittel på linjen før, for eksempel 10.05–10.30 Tittel.`,
  },
};

const en: ProgrammeMessages = {
  problem: {
    outsideEventTime: (title, when, eventWhen) =>
      `The session “${title}” (${when}) lies outside the event’s time: ${eventWhen}.`,
    outsideEventDays: (title, when, eventDays) =>
      `The session “${title}” (${when}) lies outside the event’s days: ${eventDays}.`,
    endsBeforeStart: (title, when) => `The session “${title}” must start before it ends (${when}).`,
    overlap: (first, firstWhen, second, secondWhen) =>
      `The sessions “${first}” (${firstWhen}) and “${second}” (${secondWhen}) overlap.`,
  },
  line: {
    unreadableTime: (line, text) =>
      `Line ${line}: the time in “${text}” cannot be read. Write it as 10:05–10:30 or 10:05.`,
    timeOutsideDay: (line, time) =>
      `Line ${line}: ${time} is not a time of day – hours run 00–23 and minutes 00–59.`,
    missingTitle: (line) => `Line ${line}: the session has no title after its time.`,
    controlCharacter: (line) =>
      `Line ${line}: the line contains invisible control characters that we do not accept. Type it again, or paste the text as plain text.`,
    endBeforeStart: (line, end, start) =>
      `Line ${line}: the end time ${end} is before the start time ${start}.`,
    endAtStart: (line, time) => `Line ${line}: the session ends at ${time}, the time it starts.`,
    didYouMean: (time) => `Did you mean ${time}?`,
    outOfOrder: (line, start, earlierLine, earlierStart) =>
      `Line ${line}: the session starts at ${start}, before the session on line ${earlierLine}, which starts at ${earlierStart}. List the sessions in order of time.`,
    overlap: (line, span, otherLine, otherSpan) =>
      `Line ${line}: the session ${span} overlaps the session on line ${otherLine} (${otherSpan}).`,
    outsideSlot: (line, text) =>
      `Line ${line}: “${text}” belongs to no session. Write the session’s time and title on the line before, for example 10:05–10:30 Title.`,
  },
};

const MESSAGES: Record<Language, ProgrammeMessages> = { sv, nb, en };

export function programmeMessagesFor(language: Language): ProgrammeMessages {
  return MESSAGES[language];
}
