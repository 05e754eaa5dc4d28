import { describe, expect, it } from 'vitest';
import { sampleMails } from '#test/support/mail-fixture.ts';

const mails = sampleMails();

/** The addresses of the HTML part's links, as a mail client reads them. */
const hrefsOf = (html: string) =>
  [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((match) =>
    (match[1] ?? '').replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'"),
  );

describe('the HTML part of every mail', () => {
  it.each(mails)(
    '$name uses nothing Outlook drops: no style sheet, script, image, flex, grid, float or position',
    ({ message }) => {
      expect(message.html).not.toMatch(/<(style|link|script|img|iframe|form|video)\b/i);
      expect(message.html).not.toMatch(/\b(display:\s*(flex|grid)|float:|position:|background-image)/i);
      expect(message.html).not.toMatch(/\bsrc=/i);
    },
  );

  it.each(mails)(
    '$name is one column of at most 600 px, also in Outlook, with a styled button first',
    ({ message }) => {
      expect(message.html).toContain('style="max-width: 600px;');
      expect(message.html).toMatch(/<!--\[if mso\]><table [^>]*width="600"/);
      expect(message.html).toMatch(
        /<td bgcolor="#0b5394"[^>]*mso-padding-alt[^>]*>\n<a href="[^"]+" style="display: inline-block; padding: 12px 24px;/,
      );
      for (const anchor of message.html.match(/<a\b[^>]*>/g) ?? []) expect(anchor).toMatch(/ style="[^"]+"/);
    },
  );

  it.each(mails)(
    '$name writes every link of the HTML part out in the plain part, and no other',
    ({ message }) => {
      const hrefs = hrefsOf(message.html);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(message.text).toContain(href.replace(/^mailto:/, ''));
      const written = message.text.match(/https?:\/\/\S+/g) ?? [];
      for (const url of written) expect(hrefs).toContain(url);
    },
  );
});
