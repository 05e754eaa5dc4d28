import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rules behind the WCAG 2.1 AA promise in the accessibility statement. */
const WCAG_21_AA: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
};

/** WCAG 2.2 AA as well (target size, 2.5.8): what journeys written since hold their pages to. */
export const WCAG_22_AA: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
};

/**
 * Debian's Chromium, headless, once per test file; closed after the file. Call it at the file's top level: vitest
 * silently drops an afterAll registered inside beforeAll.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      // Our participants' browsers ask for Swedish, and the pages answer in the language a browser asks for.
      '--accept-lang=sv-SE,sv',
      '--no-first-run',
      // Without these Chromium keeps calling Google's services, which floods a closed network.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  afterAll(() => browser.close());
  return browser;
}

/** Runs axe-core's WCAG 2.1 A and AA rules (or `rules`) on the page as it is now; fails listing every violation. */
export async function expectNoAxeViolations(page: Page, rules: axe.RunOptions = WCAG_21_AA): Promise<void> {
  // Evaluated through the DevTools protocol rather than added as a script tag: the pages' CSP rightly refuses inline
  // scripts, and the test must not switch it off to look at them.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (options) => (await window.axe.run(document, options)).violations,
    rules,
  );
  const found = violations.map(
    ({ id, help, nodes }) => `${id}: ${help} at ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe-core violations on ${page.url()}`).toEqual([]);
}
