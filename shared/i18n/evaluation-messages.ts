import type { Language } from '#shared/domain/event.ts';
import { counted } from './plural-forms.ts';

/** The evaluation after an event: the organisers' page, the participant's form and the mails. */
const sv = {
  title: (event: string) => `Utvärdering: ${event}`,
  intro:
    'Deltagarna får frågorna per e-post när evenemanget slutar, och en påminnelse efter tre dagar om de inte har svarat. Svaren är anonyma: vi sparar inte vem som svarade vad.',
  questionsHeading: 'Frågorna',
  questionsIntro:
    'Utvärderingen börjar med standardfrågorna. Ändra, flytta och ta bort dem, eller lägg till egna med samma typer av svar som anmälningsfrågorna och en skala 1–5.',
  questionsAfterSetUp: 'Spara utskicket nedan först, sedan kan du ändra frågorna.',
  questionsLocked: (n: number) =>
    counted('sv', n, {
      one: '# person har svarat. Frågor kan inte längre tas bort eller byta typ, så att svaren går att jämföra, men du kan rätta texterna och lägga till frågor.',
      other:
        '# personer har svarat. Frågor kan inte längre tas bort eller byta typ, så att svaren går att jämföra, men du kan rätta texterna och lägga till frågor.',
    }),
  questionsSaved: 'Frågorna är sparade.',
  questionsAnswered:
    'Frågan kan inte tas bort eller byta typ: någon har redan svarat på utvärderingen. Du kan rätta texterna.',
  questionsChangedMeanwhile:
    'Någon annan ändrade frågorna under tiden. Se efter hur de ser ut nu och försök igen.',
  typeFixedAfterAnswers: 'Typen kan inte ändras när någon har svarat.',
  numbersSummary: (smallest: string, median: string, average: string, largest: string) =>
    `Minst ${smallest}, median ${median}, medelvärde ${average}, störst ${largest}.`,
  answeredBy: (n: number) =>
    counted('sv', n, { one: '# har svarat på frågan.', other: '# har svarat på frågan.' }),
  settingsHeading: 'Utskick',
  audience: 'Vilka ska få utvärderingen?',
  audiences: { 'checked-in': 'De som checkades in på plats', confirmed: 'Alla med bekräftad plats' },
  closesOn: 'Sista svarsdag',
  closesOnHint: 'Utvärderingen stänger när dagen är slut, i evenemangets tidszon.',
  save: 'Spara utvärderingen',
  saved: 'Utvärderingen är sparad. Den skickas när evenemanget slutar.',
  errorSummary: 'Utvärderingen kunde inte sparas',
  closesOnRequired: 'Skriv sista svarsdag som ÅÅÅÅ-MM-DD.',
  closesOnBeforeEnd: (day: string) => `Sista svarsdag måste vara efter evenemangets sista dag, ${day}.`,
  closesOnTooLate: 'Sista svarsdag kan vara högst 90 dagar efter evenemanget.',
  audienceRequired: 'Välj vilka som ska få utvärderingen.',
  alreadySent: 'Utvärderingen är redan skickad och kan inte ändras.',
  status: {
    'before-end': (end: string) => `Skickas ${end}, när evenemanget slutar.`,
    open: (closes: string) => `Öppen för svar till och med ${closes}.`,
    closed: (closes: string) => `Stängde ${closes}.`,
  },
  invited: (n: number) =>
    counted('sv', n, { one: 'Skickad till # deltagare.', other: 'Skickad till # deltagare.' }),
  answers: (n: number) => counted('sv', n, { one: '# svar hittills.', other: '# svar hittills.' }),
  resultsHeading: 'Resultat',
  tooFew: (min: number) =>
    `Resultaten visas när minst ${min} har svarat, så att ingen kan pekas ut utifrån sina svar.`,
  average: (value: string) => `Medelvärde: ${value}`,
  chartTitle: (question: string) => `Svar på frågan ”${question}”`,
  chartDescription: (counts: string) => `Antal svar per värde: ${counts}.`,
  value: 'Värde',
  count: 'Antal svar',
  noTexts: 'Inga svar på frågan.',
  downloadCsv: 'Ladda ned svaren (CSV)',
  downloadXlsx: 'Ladda ned svaren (Excel)',
  exportName: (eventId: string, extension: 'csv' | 'xlsx') => `${eventId}-utvardering.${extension}`,
  formTitle: (event: string) => `Utvärdering: ${event}`,
  formIntro: 'Tack för att du var med! Dina svar är anonyma och hjälper oss att göra nästa evenemang bättre.',
  optional: 'Svara på minst en av frågorna.',
  send: 'Skicka svaren',
  answerRequired: 'Svara på minst en fråga.',
  formErrorSummary: 'Svaren kunde inte skickas',
  thanks: 'Tack för dina svar!',
  alreadyAnswered: 'Du har redan svarat på utvärderingen med den här länken. Tack!',
  closed: (closes: string) => `Utvärderingen stängde ${closes}.`,
  notYet: 'Utvärderingen öppnar när evenemanget är slut.',
  mailSubject: (event: string) => `Vad tyckte du om ${event}?`,
  reminderSubject: (event: string) => `Påminnelse: vad tyckte du om ${event}?`,
  mailIntro: (name: string) => `Hej ${name}!`,
  mailBody: (event: string, closes: string) =>
    `Tack för att du deltog i ${event}. Berätta gärna vad du tyckte: det tar några minuter, svaren är anonyma och utvärderingen är öppen till och med ${closes}.`,
  reminderBody: (event: string, closes: string) =>
    `Vi har inte fått några svar från dig på utvärderingen av ${event}. Den är öppen till och med ${closes}.`,
  mailLink: 'Svara på utvärderingen',
  mailWhy: 'Länken är personlig och går att använda en gång.',
};

export type EvaluationMessages = typeof sv;

const nb: EvaluationMessages = {
  title: (event) => `Evaluering: ${event}`,
  intro:
    'Deltakerne får spørsmålene på e-post når arrangementet slutter, og en påminnelse etter tre dager hvis de ikke har svart. Svarene er anonyme: vi lagrer ikke hvem som svarte hva.',
  questionsHeading: 'Spørsmålene',
  questionsIntro:
    'Evalueringen begynner med standardspørsmålene. Endre, flytt og fjern dem, eller legg til egne med de samme svartypene som påmeldingsspørsmålene og en skala 1–5.',
  questionsAfterSetUp: 'Lagre utsendingen nedenfor først, så kan du endre spørsmålene.',
  questionsLocked: (n) =>
    counted('nb', n, {
      one: '# person har svart. Spørsmål kan ikke lenger fjernes eller bytte type, slik at svarene kan sammenlignes, men du kan rette tekstene og legge til spørsmål.',
      other:
        '# personer har svart. Spørsmål kan ikke lenger fjernes eller bytte type, slik at svarene kan sammenlignes, men du kan rette tekstene og legge til spørsmål.',
    }),
  questionsSaved: 'Spørsmålene er lagret.',
  questionsAnswered:
    'Spørsmålet kan ikke fjernes eller bytte type: noen har allerede svart på evalueringen. Du kan rette tekstene.',
  questionsChangedMeanwhile:
    'Noen andre endret spørsmålene i mellomtiden. Se hvordan de ser ut nå, og prøv igjen.',
  typeFixedAfterAnswers: 'Typen kan ikke endres når noen har svart.',
  numbersSummary: (smallest, median, average, largest) =>
    `Minst ${smallest}, median ${median}, gjennomsnitt ${average}, størst ${largest}.`,
  answeredBy: (n) =>
    counted('nb', n, { one: '# har svart på spørsmålet.', other: '# har svart på spørsmålet.' }),
  settingsHeading: 'Utsending',
  audience: 'Hvem skal få evalueringen?',
  audiences: { 'checked-in': 'De som ble sjekket inn på stedet', confirmed: 'Alle med bekreftet plass' },
  closesOn: 'Siste svardag',
  closesOnHint: 'Evalueringen stenger når dagen er over, i arrangementets tidssone.',
  save: 'Lagre evalueringen',
  saved: 'Evalueringen er lagret. Den sendes når arrangementet slutter.',
  errorSummary: 'Evalueringen kunne ikke lagres',
  closesOnRequired: 'Skriv siste svardag som ÅÅÅÅ-MM-DD.',
  closesOnBeforeEnd: (day) => `Siste svardag må være etter arrangementets siste dag, ${day}.`,
  closesOnTooLate: 'Siste svardag kan være høyst 90 dager etter arrangementet.',
  audienceRequired: 'Velg hvem som skal få evalueringen.',
  alreadySent: 'Evalueringen er allerede sendt og kan ikke endres.',
  status: {
    'before-end': (end) => `Sendes ${end}, når arrangementet slutter.`,
    open: (closes) => `Åpen for svar til og med ${closes}.`,
    closed: (closes) => `Stengte ${closes}.`,
  },
  invited: (n) => counted('nb', n, { one: 'Sendt til # deltaker.', other: 'Sendt til # deltakere.' }),
  answers: (n) => counted('nb', n, { one: '# svar så langt.', other: '# svar så langt.' }),
  resultsHeading: 'Resultater',
  tooFew: (min) =>
    `Resultatene vises når minst ${min} har svart, slik at ingen kan pekes ut ut fra svarene sine.`,
  average: (value) => `Gjennomsnitt: ${value}`,
  chartTitle: (question) => `Svar på spørsmålet «${question}»`,
  chartDescription: (counts) => `Antall svar per verdi: ${counts}.`,
  value: 'Verdi',
  count: 'Antall svar',
  noTexts: 'Ingen svar på spørsmålet.',
  downloadCsv: 'Last ned svarene (CSV)',
  downloadXlsx: 'Last ned svarene (Excel)',
  exportName: (eventId, extension) => `${eventId}-evaluering.${extension}`,
  formTitle: (event) => `Evaluering: ${event}`,
  formIntro:
    'Takk for at du var med! Svarene dine er anonyme og hjelper oss å gjøre neste arrangement bedre.',
  optional: 'Svar på minst ett av spørsmålene.',
  send: 'Send svarene',
  answerRequired: 'Svar på minst ett spørsmål.',
  formErrorSummary: 'Svarene kunne ikke sendes',
  thanks: 'Takk for svarene dine!',
  alreadyAnswered: 'Du har allerede svart på evalueringen med denne lenken. Takk!',
  closed: (closes) => `Evalueringen stengte ${closes}.`,
  notYet: 'Evalueringen åpner når arrangementet er over.',
  mailSubject: (event) => `Hva syntes du om ${event}?`,
  reminderSubject: (event) => `Påminnelse: hva syntes du om ${event}?`,
  mailIntro: (name) => `Hei ${name}!`,
  mailBody: (event, closes) =>
    `Takk for at du deltok på ${event}. Fortell oss gjerne hva du syntes: det tar noen minutter, svarene er anonyme og evalueringen er åpen til og med ${closes}.`,
  reminderBody: (event, closes) =>
    `Vi har ikke fått svar fra deg på evalueringen av ${event}. Den er åpen til og med ${closes}.`,
  mailLink: 'Svar på evalueringen',
  mailWhy: 'Lenken er personlig og kan brukes én gang.',
};

const en: EvaluationMessages = {
  title: (event) => `Evaluation: ${event}`,
  intro:
    'Participants get the questions by e-mail when the event ends, and one reminder three days later if they have not answered. Answers are anonymous: we do not store who answered what.',
  questionsHeading: 'The questions',
  questionsIntro:
    'The evaluation starts with the standard questions. Change, move and remove them, or add your own with the same kinds of answer as the sign-up questions and a 1–5 scale.',
  questionsAfterSetUp: 'Save the sending below first; then you can change the questions.',
  questionsLocked: (n) =>
    counted('en', n, {
      one: '# person has answered. Questions can no longer be removed or change their type, so that the answers stay comparable, but you can correct their texts and add questions.',
      other:
        '# people have answered. Questions can no longer be removed or change their type, so that the answers stay comparable, but you can correct their texts and add questions.',
    }),
  questionsSaved: 'The questions are saved.',
  questionsAnswered:
    'The question cannot be removed or change its type: someone has already answered the evaluation. You can correct the texts.',
  questionsChangedMeanwhile:
    'Someone else changed the questions meanwhile. Look at them as they are now and try again.',
  typeFixedAfterAnswers: 'The type cannot change once someone has answered.',
  numbersSummary: (smallest, median, average, largest) =>
    `Smallest ${smallest}, median ${median}, average ${average}, largest ${largest}.`,
  answeredBy: (n) =>
    counted('en', n, { one: '# person answered the question.', other: '# people answered the question.' }),
  settingsHeading: 'Sending',
  audience: 'Who gets the evaluation?',
  audiences: { 'checked-in': 'Those checked in on the day', confirmed: 'Everyone with a confirmed place' },
  closesOn: 'Last day to answer',
  closesOnHint: 'The evaluation closes at the end of that day, in the event’s time zone.',
  save: 'Save the evaluation',
  saved: 'The evaluation is saved. It is sent when the event ends.',
  errorSummary: 'The evaluation could not be saved',
  closesOnRequired: 'Write the last day to answer as YYYY-MM-DD.',
  closesOnBeforeEnd: (day) => `The last day to answer must be after the event’s last day, ${day}.`,
  closesOnTooLate: 'The last day to answer can be at most 90 days after the event.',
  audienceRequired: 'Choose who gets the evaluation.',
  alreadySent: 'The evaluation has been sent and can no longer be changed.',
  status: {
    'before-end': (end) => `Sent on ${end}, when the event ends.`,
    open: (closes) => `Open for answers until ${closes}.`,
    closed: (closes) => `Closed on ${closes}.`,
  },
  invited: (n) => counted('en', n, { one: 'Sent to # participant.', other: 'Sent to # participants.' }),
  answers: (n) => counted('en', n, { one: '# answer so far.', other: '# answers so far.' }),
  resultsHeading: 'Results',
  tooFew: (min) =>
    `Results are shown once at least ${min} have answered, so that nobody can be singled out by their answers.`,
  average: (value) => `Average: ${value}`,
  chartTitle: (question) => `Answers to “${question}”`,
  chartDescription: (counts) => `Answers per value: ${counts}.`,
  value: 'Value',
  count: 'Answers',
  noTexts: 'No answers to this question.',
  downloadCsv: 'Download the answers (CSV)',
  downloadXlsx: 'Download the answers (Excel)',
  exportName: (eventId, extension) => `${eventId}-evaluation.${extension}`,
  formTitle: (event) => `Evaluation: ${event}`,
  formIntro: 'Thank you for coming! Your answers are anonymous and help us make the next event better.',
  optional: 'Answer at least one of the questions.',
  send: 'Send my answers',
  answerRequired: 'Answer at least one question.',
  formErrorSummary: 'Your answers could not be sent',
  thanks: 'Thank you for your answers!',
  alreadyAnswered: 'You have already answered the evaluation with this link. Thank you!',
  closed: (closes) => `The evaluation closed on ${closes}.`,
  notYet: 'The evaluation opens when the event is over.',
  mailSubject: (event) => `What did you think of ${event}?`,
  reminderSubject: (event) => `Reminder: what did you think of ${event}?`,
  mailIntro: (name) => `Hello ${name},`,
  mailBody: (event, closes) =>
    `Thank you for taking part in ${event}. Please tell us what you thought: it takes a few minutes, answers are anonymous and the evaluation is open until ${closes}.`,
  reminderBody: (event, closes) =>
    `We have not had your answers to the evaluation of ${event}. It is open until ${closes}.`,
  mailLink: 'Answer the evaluation',
  mailWhy: 'The link is personal and can be used once.',
};

const MESSAGES: Record<Language, EvaluationMessages> = { sv, nb, en };

export const evaluationMessagesFor = (language: Language): EvaluationMessages => MESSAGES[language];
