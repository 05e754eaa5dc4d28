import { describe, expect, it } from 'vitest';
import type { SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import {
  answerFieldValues,
  answersToRemovedQuestions,
  readAnswers,
} from '#shared/sign-up/question-answers.ts';

const PASS: SignUpQuestion = {
  id: 'pass',
  type: 'one-choice',
  label: 'Vilket pass vill du helst diskutera?',
  required: true,
  choices: [
    { id: 'drogscener', label: 'Öppna drogscener' },
    { id: 'krafttag', label: 'Krafttag mot narkotika' },
    { id: 'gammalt', label: 'Struket pass', removed: true },
  ],
};
const DAGAR: SignUpQuestion = {
  id: 'dagar',
  type: 'several-choices',
  label: 'Vilka dagar kommer du?',
  required: true,
  choices: [
    { id: 'tis', label: 'Tisdag' },
    { id: 'ons', label: 'Onsdag' },
  ],
};
const MIDDAG: SignUpQuestion = {
  id: 'middag',
  type: 'yes-no',
  label: 'Deltar du på middagen?',
  required: true,
};
const BILAR: SignUpQuestion = { id: 'bilar', type: 'number', label: 'Antal bilar', required: false };
const ANKOMST: SignUpQuestion = { id: 'ankomst', type: 'date', label: 'Ankomstdag', required: false };
const OVRIGT: SignUpQuestion = { id: 'ovrigt', type: 'long-text', label: 'Övrigt', required: false };
const LEDSAGARE: SignUpQuestion = {
  id: 'ledsagare',
  type: 'short-text',
  label: 'Kommer du med ledsagare?',
  required: false,
  sensitive: true,
};
const QUESTIONS = [PASS, DAGAR, MIDDAG, BILAR, ANKOMST, OVRIGT, LEDSAGARE];

const FILLED = {
  'answer.pass': 'krafttag',
  'answer.dagar.tis': 'yes',
  'answer.dagar.ons': 'yes',
  'answer.middag': 'no',
  'answer.bilar': '2,5',
  'answer.ankomst': '2027-03-08',
  'answer.ovrigt': 'Kommer med tåg\nfrån Umeå',
  'answer.ledsagare': 'Ja',
};

describe('reading the answers to an event’s own questions', () => {
  it('reads each type, a decimal comma as a point, and keeps sensitive answers apart', () => {
    expect(readAnswers(QUESTIONS, 'sv', FILLED)).toEqual({
      ok: true,
      answers: {
        pass: 'krafttag',
        dagar: ['tis', 'ons'],
        middag: 'no',
        bilar: '2.5',
        ankomst: '2027-03-08',
        ovrigt: 'Kommer med tåg\nfrån Umeå',
      },
      sensitiveAnswers: { ledsagare: 'Ja' },
    });
  });

  it('asks for every required question left unanswered, each in its own words', () => {
    expect(readAnswers(QUESTIONS, 'sv', {})).toEqual({
      ok: false,
      errors: {
        'answer.pass': 'Välj ett av alternativen.',
        'answer.dagar': 'Välj minst ett av alternativen.',
        'answer.middag': 'Svara ja eller nej.',
      },
    });
  });

  it('refuses what the question does not take, in the reader’s language', () => {
    const read = readAnswers(QUESTIONS, 'nb', {
      ...FILLED,
      'answer.pass': 'gammalt',
      'answer.middag': 'kanske',
      'answer.bilar': 'två',
      'answer.ankomst': '2027-02-30',
      'answer.ovrigt': 'x'.repeat(2001),
    });
    expect(read).toEqual({
      ok: false,
      errors: {
        'answer.pass': 'Velg ett av alternativene.',
        'answer.middag': 'Svar ja eller nei.',
        'answer.bilar': 'Skriv et tall, for eksempel 12 eller 3,5.',
        'answer.ankomst': 'Skriv en dato på formen 2026-03-09.',
        'answer.ovrigt': 'Høyst 2000 tegn.',
      },
    });
  });

  it('refuses a line break in a short answer and a box for a choice that is not offered', () => {
    const read = readAnswers([LEDSAGARE, { ...DAGAR, required: false }], 'en', {
      'answer.ledsagare': 'Ja\nnej',
      'answer.dagar.fre': 'yes',
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(Object.keys(read.errors)).toEqual(['answer.ledsagare']);
    expect(readAnswers([{ ...DAGAR, required: false }], 'en', { 'answer.dagar.fre': 'yes' })).toEqual({
      ok: true,
      answers: {},
      sensitiveAnswers: {},
    });
  });

  it('no longer asks a removed question', () => {
    expect(readAnswers([{ ...PASS, removed: true }], 'sv', {})).toEqual({
      ok: true,
      answers: {},
      sensitiveAnswers: {},
    });
  });

  it('fills a form in again with what was read', () => {
    const read = readAnswers(QUESTIONS, 'sv', FILLED);
    if (!read.ok) throw new Error('the filled form reads');
    const values = answerFieldValues(QUESTIONS, { ...read.answers, ...read.sensitiveAnswers });
    expect(readAnswers(QUESTIONS, 'sv', values)).toEqual(read);
  });

  it('keeps the stored answers to removed questions, and only those', () => {
    expect(
      answersToRemovedQuestions([{ ...PASS, removed: true }, MIDDAG], { pass: 'krafttag', middag: 'yes' }),
    ).toEqual({ pass: 'krafttag' });
  });
});
