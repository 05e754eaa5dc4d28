import { describe, expect, it } from 'vitest';
import type { EvaluationQuestion } from '#shared/domain/sign-up-question.ts';
import type { EvaluationAnswers } from '#shared/evaluation/evaluation-answer-form.ts';
import { evaluationCsv } from '#shared/evaluation/evaluation-csv.ts';
import { evaluationResults } from '#shared/evaluation/evaluation-results.ts';
import { standardQuestions } from '#shared/evaluation/standard-questions.ts';

const questions = standardQuestions('sv');
const answers: EvaluationAnswers[] = [
  { overall: 5, useful: 4, takeaway: 'Nätverket' },
  { overall: 4, better: 'Längre pauser' },
  { overall: 4, useful: 2 },
  { overall: 2 },
  { useful: 5, takeaway: 'Brås kartläggning' },
];

describe('the evaluation’s results', () => {
  it('are withheld below five answers', () => {
    expect(evaluationResults(questions, answers.slice(0, 4), 'sv')).toBeUndefined();
  });

  it('count each value and average those who answered the question; texts come sorted, not in arrival order', () => {
    const [overall, useful, takeaway, better] = evaluationResults(questions, answers, 'sv') ?? [];
    const counted = (counts: number[]) => counts.map((count, index) => ({ label: String(index + 1), count }));
    expect(overall).toMatchObject({ rows: counted([0, 1, 0, 2, 1]), answered: 4, average: 3.75 });
    expect(useful).toMatchObject({ rows: counted([0, 1, 0, 1, 1]), answered: 3 });
    expect(takeaway).toMatchObject({ texts: ['Brås kartläggning', 'Nätverket'] });
    expect(better).toMatchObject({ texts: ['Längre pauser'] });
  });

  it('count choices, yes and no, and dates; sum numbers up; leave out a removed question', () => {
    const own: EvaluationQuestion[] = [
      {
        id: 'pass',
        type: 'several-choices',
        label: 'Vilka pass?',
        required: false,
        choices: [
          { id: 'c1', label: 'Förmiddagen' },
          { id: 'c2', label: 'Eftermiddagen' },
        ],
      },
      { id: 'again', type: 'yes-no', label: 'Igen?', required: false },
      { id: 'km', type: 'number', label: 'Km?', required: false },
      { id: 'day', type: 'date', label: 'När?', required: false },
      { id: 'gone', type: 'short-text', label: 'Borta', required: false, removed: true },
    ];
    const given: EvaluationAnswers[] = [
      { pass: ['c1', 'c2'], again: 'yes', km: '10', day: '2027-02-04' },
      { pass: ['c2'], again: 'no', km: '30', day: '2027-02-03' },
      { again: 'yes', km: '2.5', day: '2027-02-04' },
      { pass: ['c2'], km: '100' },
      { gone: 'x' },
    ];
    const [pass, again, km, day, ...rest] = evaluationResults(own, given, 'sv') ?? [];
    expect(pass).toMatchObject({
      rows: [
        { label: 'Förmiddagen', count: 1 },
        { label: 'Eftermiddagen', count: 3 },
      ],
      answered: 3,
    });
    expect(again).toMatchObject({
      rows: [
        { label: 'Ja', count: 2 },
        { label: 'Nej', count: 1 },
      ],
    });
    expect(km).toMatchObject({
      answered: 4,
      summary: { smallest: 2.5, median: 20, average: 35.625, largest: 100 },
    });
    expect(day).toMatchObject({
      rows: [
        { label: '2027-02-03', count: 1 },
        { label: '2027-02-04', count: 2 },
      ],
    });
    expect(rest).toEqual([]);
    expect(evaluationCsv(own, given, 'en').split('\r\n')[1]).toBe(
      'Förmiddagen, Eftermiddagen;Yes;10;2027-02-04',
    );
  });

  it('export as CSV for Excel, a column per question, a formula defused', () => {
    const csv = evaluationCsv(questions, [...answers, { better: '=HYPERLINK("x")' }], 'sv');
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'Hur nöjd är du med dagen som helhet?;Hur användbart var innehållet för ditt arbete?;Vad tar du med dig?;Vad kan vi göra bättre?',
    );
    expect(lines[1]).toBe('5;4;Nätverket;');
    expect(lines[6]).toBe(`;;;"'=HYPERLINK(""x"")"`);
  });
});
