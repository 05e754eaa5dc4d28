import { describe, expect, it } from 'vitest';
import type { TimeZone } from '#shared/domain/event.ts';
import type { EvaluationQuestion } from '#shared/domain/sign-up-question.ts';
import { readEvaluationAnswers } from '#shared/evaluation/evaluation-answer-form.ts';
import { proposedClosingDay, readEvaluationSettings } from '#shared/evaluation/evaluation-settings-form.ts';
import { standardQuestions } from '#shared/evaluation/standard-questions.ts';

const questions = standardQuestions('sv');
/** Trygghetsdag 2027: Thursday 4 February, 10.00–15.00 in Stockholm. */
const event = { endsAt: '2027-02-04T14:00:00Z', timeZone: 'Europe/Stockholm' as TimeZone };

/** A questionnaire of the organiser's own beside the standard questions: a required choice, a number, a date. */
const own: EvaluationQuestion[] = [
  ...questions,
  {
    id: 'pass',
    type: 'several-choices',
    label: 'Vilka pass var du på?',
    required: true,
    choices: [
      { id: 'c1', label: 'Förmiddagen' },
      { id: 'c2', label: 'Eftermiddagen' },
    ],
  },
  { id: 'km', type: 'number', label: 'Hur långt reste du (km)?', required: false },
  { id: 'again', type: 'yes-no', label: 'Kommer du igen?', required: false },
];

describe('an answer to the evaluation', () => {
  it('keeps the scales as numbers and the texts trimmed, with their lines, leaving out what was not answered', () => {
    expect(
      readEvaluationAnswers(questions, { 'answer.better': 'Längre pauser.\r\nMer tid för frågor.' }, 'sv'),
    ).toEqual({
      ok: true,
      answers: { better: 'Längre pauser.\r\nMer tid för frågor.' },
    });
    expect(
      readEvaluationAnswers(
        questions,
        { 'answer.overall': '4', 'answer.useful': '', 'answer.takeaway': '  Nätverket ' },
        'sv',
      ),
    ).toEqual({
      ok: true,
      answers: { overall: 4, takeaway: 'Nätverket' },
    });
  });

  it('reads the organiser’s own questions by their type, and asks for a required one', () => {
    expect(
      readEvaluationAnswers(
        own,
        { 'answer.pass.c2': 'yes', 'answer.km': '12,5', 'answer.again': 'yes', 'answer.overall': '3' },
        'sv',
      ),
    ).toEqual({ ok: true, answers: { overall: 3, pass: ['c2'], km: '12.5', again: 'yes' } });
    expect(readEvaluationAnswers(own, { 'answer.overall': '3', 'answer.km': 'tolv' }, 'en')).toEqual({
      ok: false,
      errors: {
        'answer.pass': 'Choose at least one of the options.',
        'answer.km': 'Enter a number, such as 12 or 3.5.',
      },
    });
  });

  it('refuses a scale outside 1–5, an overlong text and an empty form, in the reader’s language', () => {
    expect(readEvaluationAnswers(questions, { 'answer.overall': '6' }, 'nb')).toEqual({
      ok: false,
      errors: { 'answer.overall': 'Velg en verdi fra 1 til 5.' },
    });
    expect(readEvaluationAnswers(questions, { 'answer.better': 'x'.repeat(2001) }, 'en')).toEqual({
      ok: false,
      errors: { 'answer.better': 'At most 2,000 characters.' },
    });
    expect(readEvaluationAnswers(questions, { 'answer.takeaway': 'Bra\u202Edag' }, 'sv')).toEqual({
      ok: false,
      errors: {
        'answer.takeaway':
          'Texten innehåller osynliga styrtecken som vi inte tar emot. Skriv den på nytt, eller klistra in den som oformaterad text.',
      },
    });
    expect(readEvaluationAnswers(questions, { 'answer.overall': ' ', 'answer.takeaway': '' }, 'sv')).toEqual({
      ok: false,
      errors: { 'answer.overall': 'Svara på minst en fråga.' },
    });
  });
});

describe('the evaluation’s settings', () => {
  it('close at the end of the last day in the event’s zone, winter or summer', () => {
    expect(readEvaluationSettings(event, { audience: 'confirmed', closesOn: '2027-02-18' }, 'sv')).toEqual({
      ok: true,
      audience: 'confirmed',
      closesAt: '2027-02-18T23:00:00Z',
    });
    const june = { endsAt: '2027-06-10T14:00:00Z', timeZone: 'Europe/Oslo' as TimeZone };
    expect(
      readEvaluationSettings(june, { audience: 'checked-in', closesOn: '2027-06-24' }, 'nb'),
    ).toMatchObject({
      closesAt: '2027-06-24T22:00:00Z',
    });
  });

  it('propose two weeks after the event’s last day', () => {
    expect(proposedClosingDay(event)).toBe('2027-02-18');
  });

  it('refuse a day that is not one, one before the event is over, one a quarter later, and a missing audience', () => {
    const refused = (closesOn: string, audience = 'checked-in') =>
      readEvaluationSettings(event, { audience, closesOn }, 'sv');
    expect(refused('2027-02-30')).toEqual({
      ok: false,
      errors: { closesOn: 'Skriv sista svarsdag som ÅÅÅÅ-MM-DD.' },
    });
    expect(refused('2027-02-04')).toEqual({
      ok: false,
      errors: { closesOn: 'Sista svarsdag måste vara efter evenemangets sista dag, 4 februari 2027.' },
    });
    expect(refused('2027-05-06')).toEqual({
      ok: false,
      errors: { closesOn: 'Sista svarsdag kan vara högst 90 dagar efter evenemanget.' },
    });
    expect(refused('2027-05-05')).toMatchObject({ ok: true });
    expect(refused('2027-02-18', 'everyone')).toEqual({
      ok: false,
      errors: { audience: 'Välj vilka som ska få utvärderingen.' },
    });
  });
});
