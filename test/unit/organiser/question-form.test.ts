import { describe, expect, it } from 'vitest';
import type { SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import { questionFormValues, readQuestionForm } from '#shared/organiser/question-form.ts';
import { withoutQuestion, withQuestion, withQuestionMoved } from '#shared/organiser/question-list.ts';
import { questionChangeWords } from '#shared/organiser/question-words.ts';

const MIDDAG: SignUpQuestion = {
  id: 'middag',
  type: 'one-choice',
  label: 'Vilken middag?',
  required: true,
  choices: [
    { id: 'c1', label: 'Kött' },
    { id: 'c2', label: 'Fisk' },
  ],
};

describe('reading the question editor', () => {
  it('reads a new question with its wording in the other languages, purpose and choices', () => {
    const read = readQuestionForm(
      'sv',
      'sv',
      {
        type: 'one-choice',
        label: ' Vilken middag? ',
        'label.nb': 'Hvilken middag?',
        'label.en': '',
        purpose: 'För beställningen.',
        required: 'yes',
        'choice.new1': 'Kött',
        'choice.new2': 'Fisk',
      },
      undefined,
      'q1',
    );
    expect(read).toEqual({
      ok: true,
      question: {
        id: 'q1',
        type: 'one-choice',
        label: 'Vilken middag?',
        labels: { nb: 'Hvilken middag?' },
        purpose: 'För beställningen.',
        required: true,
        choices: [
          { id: 'c1', label: 'Kött' },
          { id: 'c2', label: 'Fisk' },
        ],
      },
    });
  });

  it('refuses a question without kind or wording, and choices too few or twice, in the organiser’s language', () => {
    expect(readQuestionForm('nb', 'sv', { 'choice.new1': 'Kött' }, undefined, 'q1')).toEqual({
      ok: false,
      errors: { type: 'Velg type svar.', label: 'Fyll ut feltet.' },
    });
    expect(
      readQuestionForm(
        'en',
        'sv',
        { type: 'several-choices', label: 'Dagar', 'choice.new1': 'Tis', 'choice.new2': 'tis' },
        undefined,
        'q1',
      ),
    ).toEqual({ ok: false, errors: { choices: 'Two choices have the same text.' } });
    expect(
      readQuestionForm(
        'sv',
        'sv',
        { type: 'one-choice', label: 'Dagar', 'choice.new1': 'Tis' },
        undefined,
        'q1',
      ),
    ).toEqual({ ok: false, errors: { choices: 'Ge minst två alternativ.' } });
  });

  it('keeps a changed question’s id, type, sensitivity and choice ids; an emptied choice is marked removed', () => {
    const read = readQuestionForm(
      'sv',
      'sv',
      {
        ...questionFormValues(MIDDAG),
        type: 'short-text',
        sensitive: 'yes',
        'choice.c1': 'Kött eller vilt',
        'choice.c2': '',
        'choice.new1': 'Vegetarisk',
        'choice.new2': 'Vegansk',
      },
      MIDDAG,
      'ignored',
    );
    expect(read.ok && read.question).toEqual({
      ...MIDDAG,
      choices: [
        { id: 'c1', label: 'Kött eller vilt' },
        { id: 'c2', label: 'Fisk', removed: true },
        { id: 'c3', label: 'Vegetarisk' },
        { id: 'c4', label: 'Vegansk' },
      ],
    });
  });
});

describe('the list of questions', () => {
  const DAGAR: SignUpQuestion = { id: 'dagar', type: 'short-text', label: 'Dagar', required: false };
  const GAMMAL: SignUpQuestion = {
    id: 'gammal',
    type: 'short-text',
    label: 'Gammal',
    required: false,
    removed: true,
  };

  it('adds a question last and puts a changed one in its place', () => {
    expect(withQuestion([MIDDAG], DAGAR).map((q) => q.id)).toEqual(['middag', 'dagar']);
    expect(withQuestion([MIDDAG, DAGAR], { ...MIDDAG, label: 'Middag' }).map((q) => q.label)).toEqual([
      'Middag',
      'Dagar',
    ]);
  });

  it('moves among the questions asked, over a removed one, and not past either end', () => {
    expect(withQuestionMoved([MIDDAG, GAMMAL, DAGAR], 'dagar', 'up')?.map((q) => q.id)).toEqual([
      'dagar',
      'gammal',
      'middag',
    ]);
    expect(withQuestionMoved([MIDDAG, DAGAR], 'middag', 'up')).toBeUndefined();
    expect(withQuestionMoved([MIDDAG, DAGAR], 'dagar', 'down')).toBeUndefined();
  });

  it('marks a removed question instead of dropping it, once', () => {
    expect(withoutQuestion([MIDDAG, DAGAR], 'middag')).toEqual([{ ...MIDDAG, removed: true }, DAGAR]);
    expect(withoutQuestion([GAMMAL], 'gammal')).toBeUndefined();
  });

  it('names in the trail only the question that changed, or the new order', () => {
    expect(questionChangeWords([MIDDAG, DAGAR], [MIDDAG, { ...DAGAR, required: true }], 'sv')).toEqual({
      before: 'Dagar (Kort text)',
      after: 'Dagar (Kort text, obligatorisk)',
    });
    expect(questionChangeWords([MIDDAG, DAGAR], [DAGAR, MIDDAG], 'en')).toEqual({
      before: 'Vilken middag?; Dagar',
      after: 'Dagar; Vilken middag?',
    });
  });
});
