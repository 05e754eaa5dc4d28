import type { Language } from '#shared/domain/language.ts';
import { questionLabel } from '#shared/domain/sign-up-question.ts';
import { formatCount } from '#shared/i18n/plural-forms.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import type { QuestionSummary } from '#shared/organiser/question-summary.ts';

/**
 * The answers to each question, counted: a table of choices (or yes and no) with how many chose each, or for a text,
 * a number or a date how many answered, the answers themselves being in the participant list and the export.
 * A sensitive question is said to be one: counts are all anyone is shown of it.
 */
export function QuestionSummarySection({
  language,
  summaries,
}: {
  language: Language;
  summaries: readonly QuestionSummary[];
}) {
  const q = questionMessagesFor(language);
  return (
    <section aria-labelledby="question-summary">
      <h2 id="question-summary">{q.summaryTitle}</h2>
      {summaries.length === 0 && <p>{q.noQuestions}</p>}
      {summaries.map(({ question, answered, counts }) => (
        <>
          <h3>{questionLabel(question, language)}</h3>
          <p>
            {q.answered(answered)}
            {question.sensitive && <> · {q.sensitiveCount}</>}
          </p>
          {counts.length > 0 && (
            <div class="table-scroll">
              <table class="count-table">
                <thead>
                  <tr>
                    <th scope="col">{q.choiceColumn}</th>
                    <th scope="col">{q.countColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {counts.map((count) => (
                    <tr>
                      <td>{count.label ?? (count.value === 'yes' ? q.yes : q.no)}</td>
                      <td>{formatCount(language, count.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ))}
    </section>
  );
}
