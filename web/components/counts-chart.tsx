import type { Language } from '#shared/domain/event.ts';
import { questionLabel } from '#shared/domain/sign-up-question.ts';
import type { CountsResult } from '#shared/evaluation/evaluation-results.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { formatCount } from '#shared/i18n/plural-forms.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { BarsSvg } from './bars-svg.tsx';

/** A long choice shortened where the bars are drawn, to leave them room; the table beside gives it whole. */
const barLabel = (label: string) => (label.length > 20 ? `${label.slice(0, 19).trimEnd()}…` : label);

/**
 * How the answers to one question with set answers fall (a scale's 1–5, choices, yes and no, dates): a bar per
 * answer, and the same numbers in a table, with the average of a scale.
 */
export function CountsChart({
  language,
  result,
  id,
}: {
  language: Language;
  result: CountsResult;
  id: string;
}) {
  const t = evaluationMessagesFor(language);
  const average = result.average?.toLocaleString(language, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const title = t.chartTitle(questionLabel(result.question, language));
  return (
    <figure class="result-chart">
      <BarsSvg
        id={id}
        language={language}
        title={title}
        description={t.chartDescription(
          result.rows.map(({ label, count }) => `${label}: ${count}`).join(', '),
        )}
        bars={result.rows.map(({ label, count }) => ({ label: barLabel(label), value: count }))}
      />
      <div>
        <table class="mail-list">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">
                {result.question.type === 'scale' ? t.value : questionMessagesFor(language).choiceColumn}
              </th>
              <th scope="col">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map(({ label, count }) => (
              <tr>
                <td>{label}</td>
                <td>{formatCount(language, count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t.answeredBy(result.answered)}</p>
        {average && <p>{t.average(average)}</p>}
      </div>
    </figure>
  );
}
