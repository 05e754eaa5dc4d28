import type { Language } from '#shared/domain/language.ts';
import type { EvaluationQuestionType } from '#shared/domain/sign-up-question.ts';
import { counted } from './plural-forms.ts';

/** The words around the organiser's own questions: on the sign-up form, in the editor, the summary and the export. */
const MESSAGES = {
  sv: {
    yes: 'Ja',
    no: 'Nej',
    purpose: (purpose: string) => `Varför vi frågar: ${purpose}`,
    numberHint: 'Ett tal, till exempel 12 eller 3,5.',
    /** A 1–5 scale's value, its ends named. */
    scaleOption: (n: number) => (n === 1 ? '1 – Inte alls' : n === 5 ? '5 – I mycket hög grad' : String(n)),
    answersClosed: 'Svaren kan inte ändras efter sista anmälningsdagen.',
    notAnswered: 'Inget svar',
    removedColumn: (label: string) => `${label} (borttagen fråga)`,
    types: {
      'short-text': 'Kort text',
      'long-text': 'Lång text',
      'one-choice': 'Ett val',
      'several-choices': 'Flera val',
      'yes-no': 'Ja eller nej',
      number: 'Tal',
      date: 'Datum',
      scale: 'Skala 1–5',
    } satisfies Record<EvaluationQuestionType, string>,
    answered: (n: number) => counted('sv', n, { one: '# svar', other: '# svar' }),
    people: (n: number) => counted('sv', n, { one: '# person', other: '# personer' }),
    sensitiveCount: 'Känslig fråga: svaren visas bara som antal.',
    summaryTitle: 'Svar på frågorna',
    noQuestions: 'Evenemanget har inga egna frågor.',
    choiceColumn: 'Svar',
    countColumn: 'Antal',
    textAnswers: (n: number) =>
      counted('sv', n, { one: '# person har svarat med text', other: '# personer har svarat med text' }),
    yesNoLine: (yes: number, no: number) => `Ja: ${yes}, nej: ${no}`,
    requiredWord: 'obligatorisk',
    sensitiveWord: 'känslig',
    editor: {
      title: 'Frågor',
      none: '–',
      intro:
        'Egna frågor på anmälningsformuläret, i den ordning de ställs. Frågor kan läggas till och ändras även efter publicering: svar på ett omformulerat alternativ behålls, och svaren på en borttagen fråga finns kvar i exporten.',
      add: 'Lägg till en fråga',
      addTitle: 'Ny fråga',
      changeTitle: (label: string) => `Ändra frågan: ${label}`,
      change: 'Ändra',
      up: 'Flytta upp',
      down: 'Flytta ned',
      remove: 'Ta bort',
      save: 'Spara frågan',
      cancel: 'Tillbaka till frågorna',
      invalid: 'Frågan kunde inte sparas',
      saved: 'Frågorna är sparade.',
      changedMeanwhile:
        'Någon annan ändrade evenemanget under tiden. Se efter hur frågorna ser ut nu och försök igen.',
      notFound: 'Frågan finns inte längre.',
      fields: {
        type: 'Typ av svar',
        label: 'Fråga',
        labelIn: (language: string) => `Frågan på ${language} (frivilligt)`,
        help: 'Hjälptext (frivilligt)',
        purpose: 'Varför ni frågar',
        required: 'Svar krävs',
        sensitive: 'Känslig fråga',
        choices: 'Alternativ',
        choice: (n: number) => `Alternativ ${n}`,
      },
      hints: {
        purpose: 'Visas vid frågan. Vi samlar bara in det som behövs för evenemanget (GDPR).',
        sensitive:
          'Till exempel hälsa eller tro. Svaren sparas skilt från anmälan, visas bara som antal och raderas med kost- och tillgänglighetsbehoven en vecka efter evenemanget. Kan inte ändras efter att frågan sparats.',
        choices:
          'Ett alternativ per fält. Töm ett fält för att ta bort alternativet; svaren som redan getts finns kvar.',
        fixed:
          'Typ och känslighet kan inte ändras när frågan väl är sparad: svaren som getts måste fortsätta gå att läsa.',
      },
      languages: { sv: 'svenska', nb: 'norska', en: 'engelska' },
      errors: {
        choose: 'Välj typ av svar.',
        required: 'Fyll i fältet.',
        tooLong: (max: number) => `Högst ${max} tecken.`,
        choices: 'Ge minst två alternativ.',
        duplicateChoice: 'Två alternativ har samma text.',
      },
    },
  },
  nb: {
    yes: 'Ja',
    no: 'Nei',
    purpose: (purpose: string) => `Hvorfor vi spør: ${purpose}`,
    numberHint: 'Et tall, for eksempel 12 eller 3,5.',
    /** A 1–5 scale's value, its ends named. */
    scaleOption: (n: number) =>
      n === 1 ? '1 – Ikke i det hele tatt' : n === 5 ? '5 – I svært stor grad' : String(n),
    answersClosed: 'Svarene kan ikke endres etter påmeldingsfristen.',
    notAnswered: 'Ikke besvart',
    removedColumn: (label: string) => `${label} (fjernet spørsmål)`,
    types: {
      'short-text': 'Kort tekst',
      'long-text': 'Lang tekst',
      'one-choice': 'Ett valg',
      'several-choices': 'Flere valg',
      'yes-no': 'Ja eller nei',
      number: 'Tall',
      date: 'Dato',
      scale: 'Skala 1–5',
    } satisfies Record<EvaluationQuestionType, string>,
    answered: (n: number) => counted('nb', n, { one: '# svar', other: '# svar' }),
    people: (n: number) => counted('nb', n, { one: '# person', other: '# personer' }),
    sensitiveCount: 'Sensitivt spørsmål: svarene vises bare som antall.',
    summaryTitle: 'Svar på spørsmålene',
    noQuestions: 'Arrangementet har ingen egne spørsmål.',
    choiceColumn: 'Svar',
    countColumn: 'Antall',
    textAnswers: (n: number) =>
      counted('nb', n, { one: '# person har svart med tekst', other: '# personer har svart med tekst' }),
    yesNoLine: (yes: number, no: number) => `Ja: ${yes}, nei: ${no}`,
    requiredWord: 'obligatorisk',
    sensitiveWord: 'sensitivt',
    editor: {
      title: 'Spørsmål',
      none: '–',
      intro:
        'Egne spørsmål på påmeldingsskjemaet, i den rekkefølgen de stilles. Spørsmål kan legges til og endres også etter publisering: svar på et omformulert alternativ beholdes, og svarene på et fjernet spørsmål blir værende i eksporten.',
      add: 'Legg til et spørsmål',
      addTitle: 'Nytt spørsmål',
      changeTitle: (label: string) => `Endre spørsmålet: ${label}`,
      change: 'Endre',
      up: 'Flytt opp',
      down: 'Flytt ned',
      remove: 'Fjern',
      save: 'Lagre spørsmålet',
      cancel: 'Tilbake til spørsmålene',
      invalid: 'Spørsmålet kunne ikke lagres',
      saved: 'Spørsmålene er lagret.',
      changedMeanwhile:
        'Noen andre endret arrangementet i mellomtiden. Se hvordan spørsmålene ser ut nå, og prøv igjen.',
      notFound: 'Spørsmålet finnes ikke lenger.',
      fields: {
        type: 'Type svar',
        label: 'Spørsmål',
        labelIn: (language: string) => `Spørsmålet på ${language} (valgfritt)`,
        help: 'Hjelpetekst (valgfritt)',
        purpose: 'Hvorfor dere spør',
        required: 'Svar kreves',
        sensitive: 'Sensitivt spørsmål',
        choices: 'Alternativer',
        choice: (n: number) => `Alternativ ${n}`,
      },
      hints: {
        purpose: 'Vises ved spørsmålet. Vi samler bare inn det som trengs for arrangementet (GDPR).',
        sensitive:
          'For eksempel helse eller tro. Svarene lagres atskilt fra påmeldingen, vises bare som antall og slettes sammen med kost- og tilgjengelighetsbehovene en uke etter arrangementet. Kan ikke endres etter at spørsmålet er lagret.',
        choices:
          'Ett alternativ per felt. Tøm et felt for å fjerne alternativet; svarene som er gitt, blir værende.',
        fixed:
          'Type og sensitivitet kan ikke endres når spørsmålet først er lagret: svarene som er gitt, må fortsatt kunne leses.',
      },
      languages: { sv: 'svensk', nb: 'norsk', en: 'engelsk' },
      errors: {
        choose: 'Velg type svar.',
        required: 'Fyll ut feltet.',
        tooLong: (max: number) => `Høyst ${max} tegn.`,
        choices: 'Gi minst to alternativer.',
        duplicateChoice: 'To alternativer har samme tekst.',
      },
    },
  },
  en: {
    yes: 'Yes',
    no: 'No',
    purpose: (purpose: string) => `Why we ask: ${purpose}`,
    numberHint: 'A number, such as 12 or 3.5.',
    /** A 1–5 scale's value, its ends named. */
    scaleOption: (n: number) => (n === 1 ? '1 – Not at all' : n === 5 ? '5 – Very much' : String(n)),
    answersClosed: 'The answers cannot be changed after the registration deadline.',
    notAnswered: 'Not answered',
    removedColumn: (label: string) => `${label} (removed question)`,
    types: {
      'short-text': 'Short text',
      'long-text': 'Long text',
      'one-choice': 'One choice',
      'several-choices': 'Several choices',
      'yes-no': 'Yes or no',
      number: 'Number',
      date: 'Date',
      scale: 'Scale 1–5',
    } satisfies Record<EvaluationQuestionType, string>,
    answered: (n: number) => counted('en', n, { one: '# answer', other: '# answers' }),
    people: (n: number) => counted('en', n, { one: '# person', other: '# people' }),
    sensitiveCount: 'Sensitive question: its answers are shown only as counts.',
    summaryTitle: 'Answers to the questions',
    noQuestions: 'The event has no questions of its own.',
    choiceColumn: 'Answer',
    countColumn: 'Count',
    textAnswers: (n: number) =>
      counted('en', n, { one: '# person answered in words', other: '# people answered in words' }),
    yesNoLine: (yes: number, no: number) => `Yes: ${yes}, no: ${no}`,
    requiredWord: 'required',
    sensitiveWord: 'sensitive',
    editor: {
      title: 'Questions',
      none: '–',
      intro:
        'Questions of your own on the sign-up form, in the order they are asked. Questions can be added and changed after publishing too: answers to a reworded choice are kept, and the answers to a removed question stay in the export.',
      add: 'Add a question',
      addTitle: 'New question',
      changeTitle: (label: string) => `Change the question: ${label}`,
      change: 'Change',
      up: 'Move up',
      down: 'Move down',
      remove: 'Remove',
      save: 'Save the question',
      cancel: 'Back to the questions',
      invalid: 'The question could not be saved',
      saved: 'The questions are saved.',
      changedMeanwhile:
        'Someone else changed the event meanwhile. See how the questions look now and try again.',
      notFound: 'The question no longer exists.',
      fields: {
        type: 'Kind of answer',
        label: 'Question',
        labelIn: (language: string) => `The question in ${language} (optional)`,
        help: 'Help text (optional)',
        purpose: 'Why you ask',
        required: 'An answer is required',
        sensitive: 'Sensitive question',
        choices: 'Choices',
        choice: (n: number) => `Choice ${n}`,
      },
      hints: {
        purpose: 'Shown beside the question. We collect only what the event needs (GDPR).',
        sensitive:
          'Health or belief, for instance. The answers are stored apart from the registration, shown only as counts and erased with the dietary and accessibility needs a week after the event. Cannot be changed once the question is saved.',
        choices:
          'For one choice and several choices. One choice per field. Empty a field to remove the choice; the answers already given stay.',
        fixed:
          'The kind and sensitivity cannot change once the question is saved: the answers given must stay readable.',
      },
      languages: { sv: 'Swedish', nb: 'Norwegian', en: 'English' },
      errors: {
        choose: 'Choose the kind of answer.',
        required: 'Please fill in this field.',
        tooLong: (max: number) =>
          `At most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
        choices: 'Give at least two choices.',
        duplicateChoice: 'Two choices have the same text.',
      },
    },
  },
};

export type QuestionMessages = (typeof MESSAGES)['sv'];

export function questionMessagesFor(language: Language): QuestionMessages {
  return MESSAGES[language];
}
