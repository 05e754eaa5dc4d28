import { describe, expect, it } from 'vitest';
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
    expect(evaluationResults(questions, answers.slice(0, 4))).toBeUndefined();
  });

  it('count each value and average those who answered the question; texts come sorted, not in arrival order', () => {
    const [overall, useful, takeaway, better] = evaluationResults(questions, answers) ?? [];
    expect(overall).toMatchObject({ counts: [0, 1, 0, 2, 1], answered: 4, average: 3.75 });
    expect(useful).toMatchObject({ counts: [0, 1, 0, 1, 1], answered: 3 });
    expect(takeaway).toMatchObject({ texts: ['Brås kartläggning', 'Nätverket'] });
    expect(better).toMatchObject({ texts: ['Längre pauser'] });
  });

  it('export as CSV for Excel, a column per question, a formula defused', () => {
    const csv = evaluationCsv(questions, [...answers, { better: '=HYPERLINK("x")' }]);
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'Hur nöjd är du med dagen som helhet?;Hur användbart var innehållet för ditt arbete?;Vad tar du med dig?;Vad kan vi göra bättre?',
    );
    expect(lines[1]).toBe('5;4;Nätverket;');
    expect(lines[6]).toBe(`;;;"'=HYPERLINK(""x"")"`);
  });
});
