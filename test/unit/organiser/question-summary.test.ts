import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import { summariseQuestions } from '#shared/organiser/question-summary.ts';

const TRYGGHETSDAG = demoEventPages('2026-11-22').find(
  ({ event }) => event.id === 'trygghetsdag-2027',
)?.event;

describe('the summary of the answers', () => {
  it('counts Trygghetsdag’s answers per session, every session shown', () => {
    const [summary] = summariseQuestions(TRYGGHETSDAG?.questions, [
      { diskussionspass: 'krafttag' },
      { diskussionspass: 'krafttag' },
      { diskussionspass: 'euphoria' },
      {},
      undefined,
    ]);
    expect(summary?.answered).toBe(3);
    expect(summary?.counts.map(({ label, count }) => [label, count])).toEqual([
      ['Öppna drogscener', 0],
      ['Brås kartläggning om narkotikamarknader', 0],
      ['Krafttag mot narkotika', 2],
      ['Trygghetsarbete i Norrtälje kommun', 0],
      ['Euphoria – vad hände sen?', 1],
    ]);
  });

  it('counts each ticked box of several choices, and a removed choice only while it has answers', () => {
    const question: SignUpQuestion = {
      id: 'dagar',
      type: 'several-choices',
      label: 'Dagar',
      required: false,
      choices: [
        { id: 'tis', label: 'Tisdag' },
        { id: 'ons', label: 'Onsdag', removed: true },
        { id: 'tor', label: 'Torsdag', removed: true },
      ],
    };
    const [summary] = summariseQuestions([question], [{ dagar: ['tis', 'ons'] }, { dagar: ['tis'] }]);
    expect(summary?.counts).toEqual([
      { value: 'tis', label: 'Tisdag', count: 2 },
      { value: 'ons', label: 'Onsdag', count: 1 },
    ]);
  });

  it('counts yes and no, and only how many answered a text', () => {
    const summaries = summariseQuestions(
      [
        { id: 'middag', type: 'yes-no', label: 'Middag', required: false },
        { id: 'ovrigt', type: 'long-text', label: 'Övrigt', required: false },
      ],
      [{ middag: 'yes', ovrigt: 'Tåg' }, { middag: 'yes' }, { middag: 'no' }],
    );
    expect(summaries.map(({ answered, counts }) => ({ answered, counts }))).toEqual([
      {
        answered: 3,
        counts: [
          { value: 'yes', count: 2 },
          { value: 'no', count: 1 },
        ],
      },
      { answered: 1, counts: [] },
    ]);
  });
});
