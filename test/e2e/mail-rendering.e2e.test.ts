import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY, putKsStudyTrip, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { type SampleMail, sampleMails } from '#test/support/mail-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

/**
 * Every kind of mail drawn as a mail client draws it: Chromium, 600 px wide, the width of the mail's column.
 * Measured with bounding boxes, and photographed into test-results/mail-screenshots/ for a person to look at.
 */
const WIDTH = 600;
/** A phone, where the column must shrink rather than stick out. */
const PHONE_WIDTH = 360;
const SCREENSHOTS = 'test-results/mail-screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
const conference = await putTrygghetsdag(platform.table, 'trygghetsdag-rendered', {
  capacity: 1,
  venue: { kind: 'place', name: 'Stockholmsmässan', address: 'Mässvägen 1', city: 'Älvsjö' },
});
const studyTrip = await putKsStudyTrip(platform.table, 'ks-rendered');

const browser = await launchBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
  // A mail is drawn offline: nothing it needs may come from the network.
  await page.route('**/*', (route) => route.abort());
});

/** What the plain part says, as the HTML part must say it too: without the addresses written out. */
function plainFacts(text: string): string {
  return normalised(
    text
      .split('\n')
      .filter((line) => line !== '—')
      .map((line) => line.replace(/:? ?(https?|mailto):\S+$/, ''))
      .join('\n'),
  );
}

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Drawn {
  overflowing: string[];
  links: {
    label: string;
    href: string;
    width: number;
    height: number;
    left: number;
    right: number;
    shown: boolean;
  }[];
  action: { label: string; width: number; height: number } | undefined;
  text: string;
}

/** Draws the mail at the page's width and measures it. */
async function draw(html: string): Promise<Drawn> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
      })
      .map(describe);
    if (document.documentElement.scrollWidth > width)
      overflowing.push(`the page, ${document.documentElement.scrollWidth} px`);
    const links = [...document.querySelectorAll('a')].map((anchor) => {
      const box = anchor.getBoundingClientRect();
      const style = getComputedStyle(anchor);
      return {
        label: (anchor.textContent ?? '').trim(),
        href: anchor.getAttribute('href') ?? '',
        width: box.width,
        height: box.height,
        left: box.left,
        right: box.right,
        shown: style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0,
      };
    });
    const button = document.querySelector('td[bgcolor] > a');
    const buttonBox = button?.getBoundingClientRect();
    return {
      overflowing,
      links,
      action:
        button && buttonBox
          ? { label: (button.textContent ?? '').trim(), width: buttonBox.width, height: buttonBox.height }
          : undefined,
      // biome-ignore lint/performance/useDomNodeTextContent: the text as drawn, line breaks and all, is what a reader sees
      text: document.body.innerText,
    };
  });
}

/** Draws the mail at 600 px and a phone's width, checks it, and keeps a screenshot at 600 px. */
async function expectDrawnWell({ name, message }: SampleMail): Promise<void> {
  await page.setViewportSize({ width: WIDTH, height: 800 });
  const drawn = await draw(message.html);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

  expect(drawn.overflowing, `wider than ${WIDTH} px`).toEqual([]);
  for (const link of drawn.links) {
    expect(link.shown && link.width > 0 && link.height > 0, `the link "${link.label}" is shown`).toBe(true);
    expect(link.left >= 0 && link.right <= WIDTH, `the link "${link.label}" is within the column`).toBe(true);
  }
  expect(drawn.action, 'a button for the main action').toBeDefined();
  expect(drawn.action?.label, 'the main action comes first').toBe(drawn.links[0]?.label);
  expect(drawn.action?.height ?? 0, 'the main action is at least 24 px tall').toBeGreaterThanOrEqual(24);
  expect(drawn.action?.width ?? 0, 'the main action is at least 24 px wide').toBeGreaterThanOrEqual(24);
  expect(normalised(drawn.text), 'the HTML part says what the plain part says').toBe(
    plainFacts(message.text),
  );
  const hrefs = drawn.links.map((link) => link.href.replace(/^mailto:/, ''));
  for (const url of message.text.match(/https?:\/\/\S+/g) ?? [])
    expect(hrefs, 'every link of the plain part').toContain(url);

  await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
  expect((await draw(message.html)).overflowing, `wider than a ${PHONE_WIDTH} px phone`).toEqual([]);
}

describe('every kind of mail, drawn at 600 px', () => {
  it.each(sampleMails())(
    '$name fits the column, shows its links and a button, and says what its plain part says',
    async (sample) => {
      await expectDrawnWell(sample);
    },
  );
});

describe('mails as the platform sends them, through the outbox and SMTP', () => {
  /** The last mail to `address`, named for its screenshot, with its manage link as the mailer wrote it in. */
  async function sent(name: string, address: string): Promise<SampleMail> {
    await platform.deliverOutbox();
    const mail = (await mailTo(platform.mailbox, address)).at(-1);
    if (!mail?.html || !mail.text) throw new Error(`no mail to ${address}`);
    return {
      name: `sent-${name}`,
      language: 'sv',
      message: { to: address, subject: mail.subject ?? '', text: mail.text, html: mail.html },
    };
  }

  it('draws the confirmation, waiting-list, promotion, cancellation and reminder mails well', async () => {
    await postForm(platform.app, `/events/${conference.id}/sign-up`, {
      ...signUpFields('Greta Berg', 'greta@skr.se'),
      diet: 'Vegetarisk',
    });
    const confirmation = await sent('confirmation', 'greta@skr.se');
    expect(confirmation.message.text).toContain('De behov du har angett är noterade.');
    expect(confirmation.message.text).not.toContain('Vegetarisk');
    expect(confirmation.message.text).toContain(`http://traffpunkt.test/events/${conference.id}#programme`);
    await expectDrawnWell(confirmation);

    await postForm(
      platform.app,
      `/events/${conference.id}/sign-up`,
      signUpFields('Åsa Öberg', 'asa@norrtalje.se'),
    );
    await expectDrawnWell(await sent('waiting', 'asa@norrtalje.se'));

    const manage = /http:\/\/traffpunkt\.test(\/manage\/[\w-]+)/.exec(confirmation.message.text)?.[1];
    await postForm(platform.app, `${manage}/cancel`, { confirm: 'yes' });
    await expectDrawnWell(await sent('cancelled', 'greta@skr.se'));
    const promoted = await sent('promoted', 'asa@norrtalje.se');
    expect(promoted.message.subject).toContain('Du har fått en plats');
    await expectDrawnWell(promoted);

    platform.setNow(new Date(Date.parse(conference.startsAt) - 47 * 3_600_000).toISOString());
    await platform.runJobs();
    const reminder = await sent('reminder', 'asa@norrtalje.se');
    expect(reminder.message.subject).toContain('Påminnelse');
    const reminderLink = /http:\/\/traffpunkt\.test(\/manage\/[\w-]+)/.exec(reminder.message.text)?.[1];
    expect(await (await platform.app.request(reminderLink ?? '/missing')).text()).toContain('Åsa Öberg');
    await expectDrawnWell(reminder);
  });

  it("draws a delegation member's confirmation naming the lead, and the lead's receipt", async () => {
    platform.setNow(`${FIXTURE_TODAY}T10:00:00Z`);
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
    const member = await sent('delegation-member', 'ola.nordmann@drammen.kommune.no');
    expect(member.message.text).toContain(
      'Kari Hansen, som leder delegasjonen fra Drammen, har meldt deg på',
    );
    await expectDrawnWell(member);
    await expectDrawnWell(await sent('delegation-lead', 'kari.hansen@drammen.kommune.no'));
  });
});
