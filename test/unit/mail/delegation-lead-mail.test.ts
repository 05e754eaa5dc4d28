import { describe, expect, it } from 'vitest';
import { eventWhen } from '#shared/event-when.ts';
import { delegationLeadMail } from '#shared/mail/delegation-lead-mail.ts';
import {
  DELEGATION,
  mailContext,
  registrationOf,
  sampleMails,
  studyTrip,
} from '#test/support/mail-fixture.ts';

const receipt = (language: 'sv' | 'nb' | 'en') => {
  const found = sampleMails().find((sample) => sample.name === `${language}-delegation-lead`);
  if (!found) throw new Error(`no ${language} delegation lead's receipt`);
  return found.message.text;
};

describe("a delegation lead's receipt", () => {
  it('says when once, under its label, then the deadline and whom to ask', () => {
    const text = receipt('nb');
    const when = eventWhen(studyTrip, 'nb');
    expect(text.split(when)).toHaveLength(2);
    expect(text).toContain(`Når\n${when}`);
    expect(text).toContain('Påmeldingsfrist\ntirsdag 2. februar 2027');
    expect(text).toContain('Hvis du har spørsmål\n');
  });
});

describe("the price in a delegation lead's receipt", () => {
  it('gives the price per person and each add-on the members took, at its price and how many took it', () => {
    const member = (n: number, addOnIds: string[]) =>
      registrationOf(studyTrip, 'nb', { id: `member-${n}`, addOnIds });
    const text = delegationLeadMail(
      mailContext(studyTrip, { manageLink: undefined }),
      'https://traffpunkt.se/delegations/lead-token',
      DELEGATION,
      [member(1, ['hotellnatt-for-turen', 'middag-kvelden-for']), member(2, ['hotellnatt-for-turen'])],
      [],
    ).text.replaceAll('\u00a0', ' '); // formatPrice keeps an amount on one line with no-break spaces
    expect(text).toContain(
      [
        'Pris',
        '3 000 kr per person ekskl. mva. (25 %)',
        'Hotellnatt før turen, med frokost: 1 150 kr per person ekskl. mva. (12 %), for 2 deltakere',
        'Middag kvelden før: 450 kr per person ekskl. mva. (25 %), for 1 deltaker',
      ].join('\n'),
    );
  });
});
