import { describe, expect, it } from 'vitest';
import { sampleMails } from '#test/support/mail-fixture.ts';

const mail = (name: string) => {
  const found = sampleMails().find((sample) => sample.name === name);
  if (!found) throw new Error(`no sample mail ${name}`);
  return found.message;
};

describe("a team's receipt for its application", () => {
  it('repeats what the team sent under headings, one member a line, then whom to ask', () => {
    const { text } = mail('sv-application-submitted');
    expect(text).toContain('Du står med i teamet. Ni har åtagit er att prioritera arbetet mellan träffarna.');
    expect(text).toContain(
      'Teamet\nÅsa Öberg, trygghetssamordnare (Kommunen)\nPer Lind, kommunpolis (Polisen)\n\n' +
        'Er lokala lägesbild\nMopedbilar samlas vid centrum på kvällarna.\nBoende upplever otrygghet.\n\n' +
        'Om du har frågor\nAnn Rönnang, regional brottsförebyggande samordnare, Polisregion Väst\nann.ronnang@polisen.se',
    );
    expect(mail('nb-application-submitted').text).toContain(
      'Teamet\nÅsa Öberg, trygghetssamordnare (Kommunen)\nPer Lind, kommunpolis (Politiet)',
    );
  });

  it('with a new link, carries the link and whom to ask, not the application again', () => {
    const { text } = mail('en-application-link');
    expect(text).toContain('Change the application: https://traffpunkt.se/applications/edit-token');
    expect(text).not.toContain('The team\n');
    expect(text).toContain('If you have questions\n');
  });
});
