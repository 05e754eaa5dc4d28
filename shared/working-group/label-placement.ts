/** A rectangle in SVG user space, from its top left (x0, y0) to its bottom right (x1, y1). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type LabelPosition =
  | 'centre'
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left';

export interface LabelRequest {
  /** The point the label names, and how far the label keeps from it (a dot's radius). */
  x: number;
  y: number;
  clearance: number;
  text: string;
  fontSize: number;
  /** The places to try, in order of preference. */
  positions: readonly LabelPosition[];
}

export interface PlacedLabel {
  text: string;
  /** Where the text's baseline is anchored, as SVG's text-anchor says. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The room the text is estimated to take. */
  box: Box;
}

interface LabelSurroundings {
  /** The labels stay inside. */
  bounds: Box;
  /** What labels should not cover (dots); placed labels join them. */
  obstacles: readonly Box[];
  /** Lines a label had better not lie across. */
  lines: readonly { x1: number; y1: number; x2: number; y2: number }[];
}

export const AROUND: readonly LabelPosition[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];

const GAP = 3;
// Without font metrics on the server, a character is taken as 0.6 em: generous for system-ui's Latin letters.
const EM_PER_CHARACTER = 0.6;

function textWidth(text: string, fontSize: number): number {
  return Math.ceil([...text].length * fontSize * EM_PER_CHARACTER);
}

/**
 * Places each label, in the order given, at the first of its positions that stays inside the bounds and covers
 * the least of the dots, the labels placed before it and the lines. A label that fits nowhere is pushed inside
 * the bounds, so no text ever runs off the picture. Each request comes back with its label.
 */
export function placeLabels<T extends LabelRequest>(
  requests: readonly T[],
  surroundings: LabelSurroundings,
): (T & { label: PlacedLabel })[] {
  const taken = [...surroundings.obstacles];
  return requests.map((request) => {
    const width = textWidth(request.text, request.fontSize);
    const candidates = request.positions.map((position, preference) => {
      const wanted = boxAt(position, request, width);
      const box = inside(wanted, surroundings.bounds);
      const pushed = Math.abs(box.x0 - wanted.x0) + Math.abs(box.y0 - wanted.y0);
      const cost =
        taken.reduce((sum, other) => sum + overlap(box, other), 0) +
        surroundings.lines.filter((line) => crosses(line, box)).length * request.fontSize ** 2 +
        pushed * request.fontSize * 4 +
        preference;
      return { position, box, cost };
    });
    const best = candidates.reduce((a, b) => (b.cost < a.cost ? b : a));
    taken.push(best.box);
    return { ...request, label: labelIn(best.box, best.position, request) };
  });
}

function boxAt(position: LabelPosition, { x, y, clearance, fontSize }: LabelRequest, width: number): Box {
  const away = clearance + GAP;
  const diagonal = clearance * Math.SQRT1_2 + GAP;
  const topLeft: Record<LabelPosition, [number, number]> = {
    centre: [x - width / 2, y - fontSize / 2],
    right: [x + away, y - fontSize / 2],
    left: [x - away - width, y - fontSize / 2],
    above: [x - width / 2, y - away - fontSize],
    below: [x - width / 2, y + away],
    'above-right': [x + diagonal, y - diagonal - fontSize],
    'below-right': [x + diagonal, y + diagonal],
    'above-left': [x - diagonal - width, y - diagonal - fontSize],
    'below-left': [x - diagonal - width, y + diagonal],
  };
  const [x0, y0] = topLeft[position];
  return { x0, y0, x1: x0 + width, y1: y0 + fontSize };
}

function inside(box: Box, bounds: Box): Box {
  const dx = Math.max(bounds.x0 - box.x0, Math.min(0, bounds.x1 - box.x1));
  const dy = Math.max(bounds.y0 - box.y0, Math.min(0, bounds.y1 - box.y1));
  return { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy };
}

function labelIn(box: Box, position: LabelPosition, { text, fontSize }: LabelRequest): PlacedLabel {
  const rounded = { x0: round(box.x0), y0: round(box.y0), x1: round(box.x1), y1: round(box.y1) };
  // The baseline sits about 0.8 em below the top of the text: the ascenders above it, the descenders below.
  const y = round(box.y0 + fontSize * 0.8);
  if (position.endsWith('left')) return { text, x: rounded.x1, y, anchor: 'end', box: rounded };
  if (position.endsWith('right')) return { text, x: rounded.x0, y, anchor: 'start', box: rounded };
  return { text, x: round((box.x0 + box.x1) / 2), y, anchor: 'middle', box: rounded };
}

const round = (value: number) => Math.round(value * 10) / 10;

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Whether a line segment passes through a box (Liang–Barsky clipping). */
function crosses(line: { x1: number; y1: number; x2: number; y2: number }, box: Box): boolean {
  // Most lines lie wholly to one side of a label: that is settled before any clipping is worked out.
  if (Math.max(line.x1, line.x2) < box.x0 || Math.min(line.x1, line.x2) > box.x1) return false;
  if (Math.max(line.y1, line.y2) < box.y0 || Math.min(line.y1, line.y2) > box.y1) return false;
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  let enter = 0;
  let leave = 1;
  for (const [p, q] of [
    [-dx, line.x1 - box.x0],
    [dx, box.x1 - line.x1],
    [-dy, line.y1 - box.y0],
    [dy, box.y1 - line.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) enter = Math.max(enter, t);
      else leave = Math.min(leave, t);
      if (enter > leave) return false;
    }
  }
  return true;
}
