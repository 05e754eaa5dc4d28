import type { Question } from '#shared/domain/sign-up-question.ts';

type Listed = Pick<Question, 'id' | 'removed'>;

/**
 * The changes an organiser makes to an event's list of questions (the sign-up form's or the evaluation's), each
 * giving the new list. A removed question
 * stays in the list, marked, so that its answers keep their column in the export until they are erased.
 */

/** The list with `question` in its place, or added after the others when it is new. */
export function withQuestion<Q extends Listed>(questions: readonly Q[], question: Q): Q[] {
  return questions.some((other) => other.id === question.id)
    ? questions.map((other) => (other.id === question.id ? question : other))
    : [...questions, question];
}

/** The list with the question taken off the form; undefined when there is no such question asked. */
export function withoutQuestion<Q extends Listed>(questions: readonly Q[], id: string): Q[] | undefined {
  if (!questions.some((question) => question.id === id && !question.removed)) return undefined;
  return questions.map((question) => (question.id === id ? { ...question, removed: true } : question));
}

/**
 * The list with the question moved one place up or down among those asked; undefined when there is no such question
 * or it is first (last) already.
 */
export function withQuestionMoved<Q extends Listed>(
  questions: readonly Q[],
  id: string,
  direction: 'up' | 'down',
): Q[] | undefined {
  const asked = questions.filter((question) => !question.removed);
  const at = asked.findIndex((question) => question.id === id);
  const to = direction === 'up' ? at - 1 : at + 1;
  const [moving, other] = [asked[at], asked[to]];
  if (at < 0 || !moving || !other) return undefined;
  return questions.map((question) => (question === moving ? other : question === other ? moving : question));
}
