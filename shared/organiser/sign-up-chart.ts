import { DateTime } from 'luxon';
import type { TimeZone } from '#shared/domain/event.ts';
import { localDay } from '#shared/time.ts';

/** How many were confirmed by the end of a day (yyyy-MM-dd, in the event's zone). */
export interface SignUpDay {
  day: string;
  total: number;
}

/**
 * Confirmed sign-ups summed day by day, from the first sign-up's day to `today` (or the last sign-up's day if that
 * is later), with every day in between, so that a flat stretch on the chart means days without sign-ups.
 */
export function cumulativeSignUps(instants: readonly string[], zone: TimeZone, today: string): SignUpDay[] {
  if (instants.length === 0) return [];
  const perDay = new Map<string, number>();
  for (const instant of instants) {
    const day = localDay(instant, zone);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const days = [...perDay.keys()].sort();
  const first = DateTime.fromISO(days[0] ?? today);
  const last = DateTime.fromISO([days.at(-1) ?? today, today].sort().at(-1) ?? today);
  const series: SignUpDay[] = [];
  let total = 0;
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    const iso = day.toISODate() ?? '';
    total += perDay.get(iso) ?? 0;
    series.push({ day: iso, total });
  }
  return series;
}

export interface ChartSize {
  width: number;
  height: number;
  /** Room left of the plot for the value labels, and below it for the day labels. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

export interface ChartPoint extends SignUpDay {
  x: number;
  y: number;
}

export interface ChartGeometry {
  points: ChartPoint[];
  /** The SVG path of the line through the points. */
  line: string;
  /** Horizontal grid lines with their values, from 0 up to the top of the scale. */
  ticks: { value: number; y: number }[];
  /** The capacity line, when the event has one. */
  capacity?: { value: number; y: number };
  /** The plot's edges. */
  plot: { left: number; right: number; top: number; bottom: number };
}

/** A round step for about four grid lines up to `max`: 1, 2, 5, 10, 20, 50… */
export function tickStep(max: number): number {
  const rough = Math.max(1, max / 4);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough);
  return step ?? 10 * magnitude;
}

const rounded = (value: number) => Math.round(value * 10) / 10;

/**
 * Where each day's total lies on a chart of `size`: days spread evenly left to right, totals from 0 at the bottom to
 * a round top that leaves room for the capacity, so the line's distance to the capacity line shows the seats left.
 */
export function signUpChartGeometry(
  series: readonly SignUpDay[],
  size: ChartSize,
  capacity?: number,
): ChartGeometry {
  const plot = {
    left: size.left,
    right: size.width - size.right,
    top: size.top,
    bottom: size.height - size.bottom,
  };
  const highest = Math.max(1, capacity ?? 0, ...series.map((day) => day.total));
  const step = tickStep(highest);
  const top = Math.ceil(highest / step) * step;
  const yOf = (value: number) => rounded(plot.bottom - (value / top) * (plot.bottom - plot.top));
  const xOf = (index: number) =>
    series.length === 1
      ? rounded((plot.left + plot.right) / 2)
      : rounded(plot.left + (index / (series.length - 1)) * (plot.right - plot.left));
  const points = series.map((day, index) => ({ ...day, x: xOf(index), y: yOf(day.total) }));
  const ticks: { value: number; y: number }[] = [];
  for (let value = 0; value <= top; value += step) ticks.push({ value, y: yOf(value) });
  return {
    points,
    line: points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' '),
    ticks,
    ...(capacity === undefined ? {} : { capacity: { value: capacity, y: yOf(capacity) } }),
    plot,
  };
}
