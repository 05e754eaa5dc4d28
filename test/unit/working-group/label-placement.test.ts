import { describe, expect, it } from 'vitest';
import { AROUND, placeLabels } from '#shared/working-group/label-placement.ts';

const bounds = { x0: 0, y0: 0, x1: 200, y1: 100 };
const name = (x: number, y: number, text: string) => ({
  x,
  y,
  clearance: 5,
  text,
  fontSize: 14,
  positions: AROUND,
});

describe('placing the names on a picture', () => {
  it('puts a name to the right of its dot when there is room', () => {
    const [placed] = placeLabels([name(20, 50, 'Mark')], { bounds, obstacles: [], lines: [] });
    expect(placed?.label).toMatchObject({ text: 'Mark', anchor: 'start' });
    expect(placed?.label.box.x0).toBeGreaterThan(25);
  });

  it('puts it to the left when the right would run off the picture', () => {
    const [placed] = placeLabels([name(180, 50, 'Vänersborg')], { bounds, obstacles: [], lines: [] });
    expect(placed?.label.anchor).toBe('end');
    expect(placed?.label.box.x1).toBeLessThan(175);
  });

  it('moves the second of two close names out of the first one’s way', () => {
    const [first, second] = placeLabels([name(60, 50, 'Trollhättan'), name(62, 62, 'Vänersborg')], {
      bounds,
      obstacles: [],
      lines: [],
    });
    const a = first?.label.box;
    const b = second?.label.box;
    if (!a || !b) throw new Error('both are placed');
    expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
  });

  it('pushes a name that fits on no side of its dot inside the picture rather than off it', () => {
    const strip = { x0: 0, y0: 0, x1: 200, y1: 24 };
    const [placed] = placeLabels([name(100, 12, 'Upplands Väsby ✓')], {
      bounds: strip,
      obstacles: [],
      lines: [],
    });
    const box = placed?.label.box;
    expect(box?.x0).toBeGreaterThanOrEqual(0);
    expect(box?.x1).toBeLessThanOrEqual(200);
    expect(box?.y0).toBeGreaterThanOrEqual(0);
    expect(box?.y1).toBeLessThanOrEqual(24);
  });
});
