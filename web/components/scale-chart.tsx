import type { Language } from '#shared/domain/event.ts';
import type { ScaleResult } from '#shared/evaluation/evaluation-results.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { formatCount } from '#shared/i18n/plural-forms.ts';

const BAR = { height: 26, gap: 8, left: 28, right: 48, width: 360 };

/**
 * How the answers to one 1–5 question fall: a server-drawn SVG of one bar per value, each with its count written
 * beside it (so nothing is told by length alone), named and described for screen readers, and the same numbers in a
 * table beside it, with the average.
 */
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
  const most = Math.max(1, ...result.counts);
  const plot = BAR.width - BAR.left - BAR.right;
  const height = result.counts.length * (BAR.height + BAR.gap);
  const average = result.average?.toLocaleString(language, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const title = t.chartTitle(result.question.text);
  return (
    <figure class="result-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${BAR.width} ${height}`}
        font-size="13"
        font-family="system-ui, sans-serif"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {t.chartDescription(result.counts.map((count, index) => `${index + 1}: ${count}`).join(', '))}
        </desc>
        {result.counts.map((count, index) => {
          const y = index * (BAR.height + BAR.gap);
          const width = (count / most) * plot;
          return (
            <g>
              <text x={BAR.left - 8} y={y + BAR.height / 2 + 5} text-anchor="end" fill="#1a1a1a">
                {index + 1}
              </text>
              <rect x={BAR.left} y={y} width={Math.max(width, 1)} height={BAR.height} fill="#0b5cad" />
              <text x={BAR.left + width + 6} y={y + BAR.height / 2 + 5} fill="#1a1a1a">
                {formatCount(language, count)}
              </text>
            </g>
          );
        })}
      </svg>
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
