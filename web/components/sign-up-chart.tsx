import type { EventRecord, Language } from '#shared/domain/event.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { type SignUpDay, signUpChartGeometry } from '#shared/organiser/sign-up-chart.ts';
import { formatDate, instantAt } from '#shared/time.ts';

const SIZE = { width: 560, height: 220, left: 44, bottom: 30, top: 12, right: 88 };

/**
 * Confirmed sign-ups over time as a server-drawn SVG line: readable without JavaScript, named and described for
 * screen readers (title and desc), and the same numbers as a table beside it. The capacity is a dashed line with its
 * number written on it, so nothing is told by colour alone.
 */
export function SignUpChart({
  language,
  event,
  series,
}: {
  language: Language;
  event: Pick<EventRecord, 'id' | 'title' | 'timeZone' | 'capacity'>;
  series: SignUpDay[];
}) {
  const t = workspaceMessagesFor(language).chart;
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return <p>{t.empty}</p>;
  const dayText = (day: string) =>
    formatDate(instantAt(day, '12:00', event.timeZone), event.timeZone, language);
  const chart = signUpChartGeometry(series, SIZE, event.capacity);
  const id = `chart-${event.id}`;
  return (
    <figure class="sign-up-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        width="100%"
        font-size="12"
        font-family="system-ui, sans-serif"
      >
        <title id={`${id}-title`}>{t.title(event.title)}</title>
        <desc id={`${id}-desc`}>
          {t.description(dayText(first.day), dayText(last.day), last.total, event.capacity)}
        </desc>
        {chart.ticks.map((tick) => (
          <g>
            <line
              x1={chart.plot.left}
              x2={chart.plot.right}
              y1={tick.y}
              y2={tick.y}
              stroke="#d0d0d0"
              stroke-width="1"
            />
            <text x={chart.plot.left - 6} y={tick.y + 4} text-anchor="end" fill="#1a1a1a">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.capacity && (
          <g>
            <line
              x1={chart.plot.left}
              x2={chart.plot.right}
              y1={chart.capacity.y}
              y2={chart.capacity.y}
              stroke="#8a4500"
              stroke-width="2"
              stroke-dasharray="6 4"
            />
            <text x={chart.plot.right + 4} y={chart.capacity.y + 4} fill="#8a4500">
              {t.capacity(chart.capacity.value)}
            </text>
          </g>
        )}
        <path d={chart.line} fill="none" stroke="#0b5cad" stroke-width="3" stroke-linejoin="round" />
        {chart.points.map((point) => (
          <circle cx={point.x} cy={point.y} r="3" fill="#0b5cad" />
        ))}
        <text x={chart.plot.left} y={SIZE.height - 8} fill="#1a1a1a">
          {dayText(first.day)}
        </text>
        {series.length > 1 && (
          <text x={chart.plot.right} y={SIZE.height - 8} text-anchor="end" fill="#1a1a1a">
            {dayText(last.day)}
          </text>
        )}
      </svg>
      <details>
        <summary>{t.asTable}</summary>
        <div class="table-scroll">
          <table class="mail-list">
            <caption>{t.title(event.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                <th scope="col">{t.total}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((day) => (
                <tr>
                  <td>{dayText(day.day)}</td>
                  <td>{day.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
