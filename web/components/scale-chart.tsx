import type { Language } from '#shared/domain/event.ts';
import type { ScaleResult } from '#shared/evaluation/evaluation-results.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { formatCount } from '#shared/i18n/plural-forms.ts';
import { BarsSvg } from './bars-svg.tsx';

/** How the answers to one 1–5 question fall: a bar per value, and the same numbers in a table with the average. */
export function ScaleChart({
  language,
  result,
  id,
}: {
  language: Language;
  result: ScaleResult;
  id: string;
}) {
  const t = evaluationMessagesFor(language);
  const average = result.average?.toLocaleString(language, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const title = t.chartTitle(result.question.text);
  return (
    <figure class="result-chart">
      <BarsSvg
        id={id}
        language={language}
        title={title}
        description={t.chartDescription(
          result.counts.map((count, index) => `${index + 1}: ${count}`).join(', '),
        )}
        bars={result.counts.map((value, index) => ({ label: String(index + 1), value }))}
      />
      <div>
        <table class="mail-list">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.value}</th>
              <th scope="col">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            {result.counts.map((count, index) => (
              <tr>
                <td>{index + 1}</td>
                <td>{formatCount(language, count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {average && <p>{t.average(average)}</p>}
      </div>
    </figure>
  );
}
