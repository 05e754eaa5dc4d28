import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What a pure module must be handed instead of reading it itself: the clock, randomness, the environment. */
const IMPURE = [
  /\bDate\.now\(/,
  /\bnew Date\(\)/,
  /\bDateTime\.(now|local)\(\)/,
  /\bMath\.random\(/,
  /\bprocess\./,
  /\bcrypto\.(randomUUID|getRandomValues)\(/,
];

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path))
    .map((path) => join(folder, path));
}

function impureLines(folder: string, patterns = IMPURE): string[] {
  return sourcesUnder(folder).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        patterns.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
}

describe('the domain and the pages', () => {
  it('read no clock, randomness or environment in shared/: time and ids are handed in', () => {
    expect(impureLines('shared')).toEqual([]);
  });

  // A form's idempotency key is drawn as the form is drawn (IdempotencyKeyField): the one random value in web/.
  it('read no clock or environment in web/: pages render their props', () => {
    expect(
      impureLines(
        'web',
        IMPURE.filter((pattern) => !pattern.source.includes('crypto')),
      ),
    ).toEqual([]);
  });
});
