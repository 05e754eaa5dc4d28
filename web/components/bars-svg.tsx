import type { Language } from '#shared/domain/event.ts';
import { formatCount } from '#shared/i18n/plural-forms.ts';

// As wide as a phone's column, so its 13-pixel text is drawn at about that size there.
const BAR = { height: 26, gap: 8, right: 40, width: 320, letter: 7.5 };

/**
 * Counts as horizontal bars, drawn on the server (no JavaScript): each bar labelled on its left and its count
 * written on its right, so nothing is told by length alone; named and described for screen readers. The numbers
 * are also in a table beside it, which the caller draws.
 */
export function BarsSvg(props: {
  id: string;
  language: Language;
  title: string;
  description: string;
  bars: { label: string; value: number }[];
}) {
  const left = Math.max(...props.bars.map(({ label }) => label.length), 1) * BAR.letter + 12;
  const most = Math.max(1, ...props.bars.map(({ value }) => value));
  const plot = BAR.width - left - BAR.right;
  const height = props.bars.length * (BAR.height + BAR.gap);
  return (
    <svg
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      viewBox={`0 0 ${BAR.width} ${height}`}
      font-size="13"
      font-family="system-ui, sans-serif"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {props.bars.map(({ label, value }, index) => {
        const y = index * (BAR.height + BAR.gap);
        const width = (value / most) * plot;
        return (
          <g>
            <text x={left - 8} y={y + BAR.height / 2 + 5} text-anchor="end" fill="#1a1a1a">
              {label}
            </text>
            <rect x={left} y={y} width={Math.max(width, 1)} height={BAR.height} fill="#0b5cad" />
            <text x={left + width + 6} y={y + BAR.height / 2 + 5} fill="#1a1a1a">
              {formatCount(props.language, value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
