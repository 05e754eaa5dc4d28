import type { Language } from '#shared/domain/event.ts';
import { askedQuestions, type EvaluationQuestion } from '#shared/domain/sign-up-question.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { questionDetails } from '#shared/organiser/question-words.ts';

/**
 * The questions asked, in their order, each with its type and choices, and (for editors) a link to change it and
 * buttons to move it and remove it, each posting the `version` the list was shown at. The sign-up form's questions
 * and the evaluation's are listed so, under `base`.
 */
export function QuestionList(props: {
  language: Language;
  questions: readonly EvaluationQuestion[] | undefined;
  base: string;
  version: string;
  mayChange: boolean;
  /** False once an evaluation has answers: its questions stay, so that the answers stay comparable. */
  mayRemove: boolean;
}) {
  const { language, base } = props;
  const e = questionMessagesFor(language).editor;
  const asked = askedQuestions(props.questions);
  // Each button names its question too, after the words it shows (WCAG 2.5.3): a list of "Ta bort" says nothing.
  const post = (
    question: EvaluationQuestion,
    action: 'up' | 'down' | 'remove',
    label: string,
    enabled: boolean,
  ) =>
    enabled && (
      <li>
        <form method="post" action={`${base}/${encodeURIComponent(question.id)}/${action}`}>
          <input type="hidden" name="version" value={props.version} />
          <button
            type="submit"
            class={action === 'remove' ? 'button button-danger' : 'button button-secondary'}
            aria-label={`${label}: ${question.label}`}
          >
            {label}
          </button>
        </form>
      </li>
    );
  if (asked.length === 0) return null;
  return (
    <ol class="question-list">
      {asked.map((question, index) => (
        <li>
          <p class="question-label">{question.label}</p>
          <p class="hint">{questionDetails(question, language)}</p>
          {props.mayChange && (
            <ul class="actions">
              <li>
                <a
                  class="button button-secondary"
                  href={`${base}/${encodeURIComponent(question.id)}`}
                  aria-label={`${e.change}: ${question.label}`}
                >
                  {e.change}
                </a>
              </li>
              {post(question, 'up', e.up, index > 0)}
              {post(question, 'down', e.down, index < asked.length - 1)}
              {post(question, 'remove', e.remove, props.mayRemove)}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
