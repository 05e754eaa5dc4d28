import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppContext } from '#context/app-context.ts';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { addWebhookEndpoint } from '#operations/webhooks/webhook-endpoints.ts';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { launchBrowser } from '#test/support/browser.ts';
import { signInThroughMail } from '#test/support/browser-sign-in.ts';
import { FIXTURE_TODAY } from '#test/support/conference-fixture.ts';
import { putGroupMembers } from '#test/support/group-member-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

/**
 * What a person sees, measured: axe-core checks markup, not layout, and passed pages whose every checkbox floated
 * above its label. This test walks every page the demo reaches — public, organiser and the secret-link pages — at a
 * desktop and a phone width, and measures with bounding boxes: each checkbox and radio button left of its label's
 * first line, nothing wider than the screen, legends inside their fieldset, targets at least 24 × 24 px
 * (WCAG 2.2 2.5.8), no table whose off-screen columns leave blank bands, buttons in a row level with each other,
 * legends of at most three lines.
 */
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
];
/**
 * Links that leave the pages: downloads, feeds, sign-out, the redirects to Google Calendar and Outlook, and the
 * mailbox's one page per message.
 */
const NOT_A_PAGE =
  /\.(ics|csv|xlsx|zip|json)(\?|$)|\/(download|export|sign-out)\b|\/calendar\/(google|outlook)$|^\/mailbox\/./;
const MAX_PAGES = 250;
/** Pages of one template differ only in their data: two of each are enough (slots, registrations, applications…). */
const DETAIL_PAGE = /^(.*\/(slots|registrations|applications|meetings|polls))\/[^/]+$/;
const DETAILS_PER_TEMPLATE = 2;
/** Each organiser sees their own organisation's events: SKR's conferences, KS's study trip, Länsstyrelsen's group. */
const ORGANISERS = ['konferens@skr.se', 'arrangor@ks.no', 'camilla.tjernberg@lansstyrelsen.se'];

/** SKR's demo admin, as the operations know an organiser. */
const SKR_ADMIN: Organiser = {
  email: 'konferens@skr.se',
  name: 'Konferensavdelningen, SKR',
  organisationId: 'skr',
  role: 'admin',
  memberships: [{ organisationId: 'skr', role: 'admin' }],
};

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
const baseUrl = await serveOverHttp(platform);
await loadDemoData(platform.table, FIXTURE_TODAY);
const editions = demoEventPages(FIXTURE_TODAY).map((page) => page.event);
const upcoming = (kind: string) => {
  const event = editions.find((candidate) => candidate.kind === kind && candidate.startsAt > FIXTURE_TODAY);
  if (!event) throw new Error(`no upcoming ${kind} in the demo`);
  return event;
};

/** The secret-link pages a participant, a delegation lead, an applicant team and a group member open from mail. */
async function secretPages(): Promise<string[]> {
  // An endpoint that refuses every call, with a long address: its row in the list and its failed deliveries.
  await addWebhookEndpoint(platform.context as AppContext, SKR_ADMIN, {
    url: 'http://127.0.0.1:9/traffpunkt/webhooks/ekonomi-och-fakturering/v2',
    description: 'Ekonomisystemet',
    eventTypes: ['registration.created', 'registration.cancelled'],
  });
  const conference = upcoming('conference');
  await postForm(
    platform.app,
    `/events/${conference.id}/sign-up`,
    signUpFields('Åsa Öberg', 'asa.oberg@norrtalje.se'),
  );
  const studyTrip = upcoming('study-trip');
  await postForm(platform.app, `/events/${studyTrip.id}/delegation`, {
    organisation: 'Drammen kommune',
    leadName: 'Kari Hansen',
    leadEmail: 'kari.hansen@drammen.kommune.no',
    'members.0.name': 'Ola Nordmann',
    'members.0.email': 'ola.nordmann@drammen.kommune.no',
    'members.0.role': 'politician',
    ...DRAMMEN_INVOICE_FIELDS,
    intent: 'send-anyway',
  });
  const group = upcoming('working-group');
  await postForm(platform.app, `/events/${group.id}/apply`, {
    municipality: '1488',
    localSituation: 'Cruising och drifting på handelsområdet fredag- och lördagskvällar.',
    commitment: 'yes',
    'members.0.name': 'Kim Karlsson',
    'members.0.email': 'kim.karlsson@trollhattan.se',
    'members.0.title': 'Brottsförebyggande samordnare',
    'members.0.representation': 'municipality',
    'members.1.name': 'Pia Persson',
    'members.1.email': 'pia.persson@polisen.se',
    'members.1.title': 'Kommunpolis',
    'members.1.representation': 'police',
  });
  const [member] = await putGroupMembers(platform.table, group, [['1490', 'Borås']]);
  await platform.deliverOutbox();
  const linkIn = async (address: string, path: RegExp) => {
    const text = (await mailTo(platform.mailbox, address)).map((mail) => mail.text ?? '').join('\n');
    const found = new RegExp(`http://traffpunkt\\.test(${path.source})`).exec(text)?.[1];
    expect(found, `a link like ${path} in the mail to ${address}`).toBeDefined();
    return found ?? '';
  };
  return [
    await linkIn('asa.oberg@norrtalje.se', /\/manage\/[\w-]+/),
    await linkIn('kari.hansen@drammen.kommune.no', /\/delegations\/[\w-]+/),
    await linkIn('kim.karlsson@trollhattan.se', /\/applications\/[\w-]+/),
    `/groups/${member?.token}`,
  ];
}

/**
 * Every page reachable by following links from `start`, breadth first, leaving out those in `known`: one page per
 * path and query shape, two per detail template.
 */
async function reachablePages(page: Page, start: string[], known: ReadonlySet<string>): Promise<string[]> {
  const seen = new Set<string>([...known].filter((path) => !start.includes(path)));
  const shapes = new Set<string>();
  const details = new Map<string, number>();
  const queue = [...start];
  const pages: string[] = [];
  while (queue.length > 0 && pages.length < MAX_PAGES) {
    const path = queue.shift() as string;
    const shape = path.replace(/=[^&]*/g, '=');
    const template = DETAIL_PAGE.exec(path.split('?')[0] ?? path)?.[1];
    if (seen.has(path) || shapes.has(shape)) continue;
    seen.add(path);
    shapes.add(shape);
    if (template) {
      const count = details.get(template) ?? 0;
      if (count >= DETAILS_PER_TEMPLATE) continue;
      details.set(template, count + 1);
    }
    const response = await page.goto(`${baseUrl}${path}`);
    if (!response?.ok() || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    pages.push(path);
    const links = await page.$$eval('a[href]', (anchors) =>
      anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
    );
    for (const link of links) {
      const url = new URL(link);
      const next = `${url.pathname}${url.search}`;
      if (url.origin === baseUrl && !NOT_A_PAGE.test(url.pathname) && !seen.has(next)) queue.push(next);
    }
  }
  return pages;
}

/** What is wrong with the page's layout as drawn now, in words that find the element. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  const name = (element: Element) => {
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const id = element.id ? `#${element.id}` : '';
    const field = element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : '';
    return `<${element.tagName.toLowerCase()}${id}${field}>${text ? ` "${text}"` : ''}`;
  };
  const shown = (element: Element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
  };
  const scrollingBox = (element: Element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement)
      if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return parent;
    return undefined;
  };
  const inScrollingBox = (element: Element) => scrollingBox(element) !== undefined;
  const textRects = (element: Element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  };

  for (const control of document.querySelectorAll<HTMLInputElement>(
    'input[type=checkbox], input[type=radio]',
  )) {
    if (!shown(control)) continue;
    const label = control.labels?.[0];
    if (!label) {
      problems.push(`${name(control)} has no label`);
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(label);
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const top = Math.min(...lines.map((rect) => rect.top));
    const firstLine = lines.filter((rect) => rect.top < top + 2);
    const left = Math.min(...firstLine.map((rect) => rect.left));
    const bottom = Math.max(...firstLine.map((rect) => rect.bottom));
    const box = control.getBoundingClientRect();
    const middle = (box.top + box.bottom) / 2;
    if (box.right > left + 1) problems.push(`${name(control)} is not left of its label ${name(label)}`);
    if (middle < top - 1 || middle > bottom + 1)
      problems.push(`${name(control)} is not level with the first line of its label ${name(label)}`);
  }

  if (document.documentElement.scrollWidth > width + 1)
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
  for (const element of document.body.querySelectorAll('*')) {
    if (!shown(element) || inScrollingBox(element)) continue;
    const box = element.getBoundingClientRect();
    const parent = element.parentElement?.getBoundingClientRect();
    // Only the outermost element that sticks out: its children stick out with it.
    if (box.right > width + 1 && box.left < width && !(parent && parent.right > width + 1))
      problems.push(`${name(element)} reaches ${Math.round(box.right)} px in a ${width} px window`);
  }

  for (const legend of document.querySelectorAll('fieldset > legend')) {
    if (!shown(legend)) continue;
    const box = legend.getBoundingClientRect();
    const fieldset = (legend.parentElement as Element).getBoundingClientRect();
    if (box.left < fieldset.left - 1 || box.right > fieldset.right + 1)
      problems.push(`${name(legend)} sticks out of its fieldset`);
    // The fieldset's border runs through its legend: a paragraph there (six lines on a phone) is crossed by it.
    const lines = new Set(textRects(legend).map((rect) => Math.round(rect.top))).size;
    if (lines > 3)
      problems.push(`${name(legend)} runs to ${lines} lines: a legend names the group, a hint explains`);
  }

  // A table wider than its scrolling box hides columns; a hidden cell taller than the shown ones leaves each row a
  // blank band where a person sees nothing (the webhook list at 375 px: a URL, then 100 px of white).
  for (const row of document.querySelectorAll('tr')) {
    const box = scrollingBox(row);
    if (!box || !shown(row)) continue;
    const view = box.getBoundingClientRect();
    const rowBox = row.getBoundingClientRect();
    let hidden = false;
    let contentBottom = rowBox.top;
    for (const cell of row.children) {
      const cellBox = cell.getBoundingClientRect();
      if (cellBox.left >= view.right - 1) hidden = true;
      else
        for (const rect of textRects(cell))
          if (rect.left < view.right) contentBottom = Math.max(contentBottom, rect.bottom);
    }
    if (hidden && rowBox.bottom - contentBottom > 48)
      problems.push(
        `${name(row)} shows ${Math.round(rowBox.bottom - contentBottom)} px of blank: its other columns are off-screen`,
      );
  }

  // Buttons side by side, each on one line, share their top and height (a <button> did not inherit the page's
  // line-height, so it stood 4 px shorter than the link drawn as a button beside it).
  const buttons = [...document.querySelectorAll('.button')].filter(shown);
  const oneLine = (element: Element) =>
    new Set(textRects(element).map((rect) => Math.round(rect.top))).size === 1;
  for (const [at, first] of buttons.entries())
    for (const second of buttons.slice(at + 1)) {
      const a = first.getBoundingClientRect();
      const b = second.getBoundingClientRect();
      if (a.bottom <= b.top || b.bottom <= a.top || !oneLine(first) || !oneLine(second)) continue;
      if (Math.abs(a.top - b.top) > 1 || Math.abs(a.height - b.height) > 1)
        problems.push(
          `${name(first)} (${Math.round(a.height)} px) and ${name(second)} (${Math.round(b.height)} px) stand side by side unevenly`,
        );
    }

  const targets = 'button, select, textarea, summary, input:not([type=hidden]), a';
  for (const target of document.querySelectorAll(targets)) {
    // A link inside a sentence is exempt from 2.5.8; links that stand on their own are not.
    if (!shown(target) || (target.tagName === 'A' && getComputedStyle(target).display === 'inline')) continue;
    const box = target.getBoundingClientRect();
    if (box.width < 24 || box.height < 24)
      problems.push(
        `${name(target)} is ${Math.round(box.width)} × ${Math.round(box.height)} px, under 24 × 24`,
      );
  }
  return problems;
}

const browser = await launchBrowser();
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

type Session = Awaited<ReturnType<BrowserContext['storageState']>>;

async function pagesAt(viewport: { width: number; height: number }, signedIn?: Session): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(signedIn ? { storageState: signedIn } : {}) });
  contexts.push(context);
  return context.newPage();
}

/** The pages each organiser reaches, with their signed-in session; the public and secret pages come with the first. */
async function walkAsOrganisers(secrets: string[]) {
  const walks: { session: Session; pages: string[] }[] = [];
  const known = new Set<string>();
  for (const [index, email] of ORGANISERS.entries()) {
    const page = await pagesAt(WIDTHS[0] as (typeof WIDTHS)[0]);
    await signInThroughMail(page, platform, baseUrl, email);
    const start =
      index === 0 ? ['/', '/accessibility', '/mailbox', ...secrets, '/organiser'] : ['/organiser'];
    const pages = await reachablePages(page, start, known);
    for (const path of pages) known.add(path);
    walks.push({ session: await page.context().storageState(), pages });
  }
  return walks;
}

const secrets = await secretPages();
const walks = await walkAsOrganisers(secrets);
const pages = walks.flatMap((walk) => walk.pages);

describe('every page of the demo, as a person sees it', () => {
  it('reaches the public, organiser and secret-link pages', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const expected of ['/', '/organiser', ...secrets]) expect(pages).toContain(expected);
    for (const kind of ['conference', 'study-trip', 'working-group'])
      expect(pages, `the organiser's page of the upcoming ${kind}`).toContain(
        `/organiser/events/${upcoming(kind).id}`,
      );
  });

  for (const viewport of WIDTHS) {
    it(`lays out every page at ${viewport.width} px: controls beside their labels, nothing too wide or too small`, async () => {
      const problems: string[] = [];
      for (const walk of walks) {
        const page = await pagesAt(viewport, walk.session);
        for (const path of walk.pages) {
          await page.goto(`${baseUrl}${path}`);
          for (const problem of await page.evaluate(layoutProblems)) problems.push(`${path}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
