import { describe, expect, it } from 'vitest';
import { eventWhen } from '#shared/event-when.ts';
import { sampleMails, studyTrip } from '#test/support/mail-fixture.ts';

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
