import type { Language } from '#shared/domain/language.ts';
import {
  type Answer,
  answerText,
  askedQuestions,
  questionLabel,
  type SignUpQuestion,
} from '#shared/domain/sign-up-question.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';

/** The answers a participant gave, to read and no longer change (past the deadline). */
export function GivenAnswers({
  questions,
  language,
  answers,
}: {
  questions: readonly SignUpQuestion[] | undefined;
  language: Language;
  answers: Record<string, Answer>;
}) {
  const asked = askedQuestions(questions);
  if (asked.length === 0) return null;
  const q = questionMessagesFor(language);
  return (
    <section class="given-answers" aria-labelledby="given-answers">
      <h3 id="given-answers">{participantMessagesFor(language).questionsLegend}</h3>
      <p class="hint">{q.answersClosed}</p>
      <dl>
        {asked.map((question) => (
          <>
            <dt>{questionLabel(question, language)}</dt>
            <dd>{answerText(question, answers[question.id], q) || q.notAnswered}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}
