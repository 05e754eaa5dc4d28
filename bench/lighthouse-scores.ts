import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof CATEGORIES)[number];

export interface LighthouseScores {
  page: string;
  path: string;
  /** 0–100 per category, as Lighthouse's report rounds them. */
  scores: Record<LighthouseCategory, number>;
}

/**
 * Lighthouse (the project's pinned CLI) against each page in Debian's headless Chromium, one fresh browser profile
 * per run, with the flags this machine's closed network needs. Lighthouse's default mobile emulation and its
 * simulated slow 4G apply, so the performance score speaks of a phone on a poor connection.
 */
export async function measureLighthouseScores(
  baseUrl: string,
  pages: readonly { page: string; path: string }[],
): Promise<LighthouseScores[]> {
  const results: LighthouseScores[] = [];
  for (const { page, path } of pages) {
    const profile = mkdtempSync(join(tmpdir(), 'traffpunkt-lighthouse-'));
    try {
      const { stdout } = await run(
        'node_modules/.bin/lighthouse',
        [
          new URL(path, baseUrl).href,
          '--chrome-path=/usr/bin/chromium',
          `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=${profile}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--output=json',
          '--quiet',
        ],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(stdout) as { categories: Record<LighthouseCategory, { score: number }> };
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round(report.categories[category].score * 100)]),
      ) as Record<LighthouseCategory, number>;
      results.push({ page, path, scores });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return results;
}
