import { describe, expect, it } from 'vitest';
import { cumulativeSignUps, signUpChartGeometry, tickStep } from '#shared/organiser/sign-up-chart.ts';

const SIZE = { width: 500, height: 200, left: 40, bottom: 30, top: 10, right: 60 };

describe('cumulative sign-ups', () => {
  it('sums confirmed sign-ups by day in the event zone, with the days between and up to today', () => {
    const series = cumulativeSignUps(
      ['2026-11-19T22:30:00Z', '2026-11-20T10:00:00Z', '2026-11-22T08:00:00Z'],
      'Europe/Stockholm',
      '2026-11-23',
    );
    // 22.30 UTC on the 19th is 23.30 in Stockholm: still the 19th there.
    expect(series).toEqual([
      { day: '2026-11-19', total: 1 },
      { day: '2026-11-20', total: 2 },
      { day: '2026-11-21', total: 2 },
      { day: '2026-11-22', total: 3 },
      { day: '2026-11-23', total: 3 },
    ]);
  });

  it('counts an evening sign-up on the next day in Oslo as in Stockholm when the zone says so', () => {
    expect(cumulativeSignUps(['2026-03-28T23:30:00Z'], 'Europe/Oslo', '2026-03-29')).toEqual([
      { day: '2026-03-29', total: 1 },
    ]);
  });

  it('has no days before the first sign-up', () => {
    expect(cumulativeSignUps([], 'Europe/Stockholm', '2026-11-22')).toEqual([]);
  });
});

describe('chart geometry', () => {
  it('picks round grid steps', () => {
    expect([1, 4, 7, 30, 120, 1000].map(tickStep)).toEqual([1, 1, 2, 10, 50, 500]);
  });

  it('spreads days from left to right and totals from the bottom to a round top above the capacity', () => {
    const chart = signUpChartGeometry(
      [
        { day: '2026-11-20', total: 0 },
        { day: '2026-11-21', total: 30 },
        { day: '2026-11-22', total: 60 },
      ],
      SIZE,
      80,
    );
    expect(chart.plot).toEqual({ left: 40, right: 440, top: 10, bottom: 170 });
    expect(chart.points.map(({ x, y }) => [x, y])).toEqual([
      [40, 170],
      [240, 110],
      [440, 50],
    ]);
    expect(chart.line).toBe('M40 170 L240 110 L440 50');
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80]);
    expect(chart.capacity).toEqual({ value: 80, y: 10 });
  });

  it('centres a single day and keeps a scale when nobody has signed up', () => {
    const chart = signUpChartGeometry([{ day: '2026-11-22', total: 0 }], SIZE);
    expect(chart.points).toEqual([{ day: '2026-11-22', total: 0, x: 240, y: 170 }]);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1]);
    expect(chart.capacity).toBeUndefined();
  });
});
