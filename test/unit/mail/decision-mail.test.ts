import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import { welcomeMail } from '#shared/mail/decision-mail.ts';
import { workingGroup } from '#test/support/mail-fixture.ts';

if (!workingGroup) throw new Error('the demo has no Motorburen working group');
const { event, meetings } = workingGroup;
const organisation = (() => {
  const found = DEMO_ORGANISATIONS.find(({ id }) => id === event.organisationId);
  if (!found) throw new Error(`no organisation for ${event.id}`);
  return found;
})();

/** The welcome letter's list of meetings, in `language`, for the group's meetings as given. */
function meetingsSaid(given: readonly Meeting[], language: Language = 'sv'): string {
  const group: EventRecord = { ...event, language };
  const { text } = welcomeMail(
    {
      event: group,
      organisation,
      eventUrl: 'https://traffpunkt.se/events/motorburen',
      meetings: given,
      groupMunicipalities: ['Borås', 'Alingsås'],
    },
    { name: 'Åsa Öberg', email: 'asa@boras.se', municipality: 'Borås' },
    {
      pageUrl: 'https://traffpunkt.se/groups/token',
      feedUrl: 'https://traffpunkt.se/groups/token/meetings.ics',
    },
  );
  const heading = { sv: 'Träffarna', nb: 'Samlingene', en: 'The meetings' }[language];
  return text.split(`\n\n${heading}\n`)[1]?.split('\n\n')[0] ?? '';
}

describe("a selected group's welcome letter", () => {
  it('lists the dated meetings one by one and gathers those still to be dated into one line', () => {
    expect(meetings.filter((meeting) => meeting.startsAt === undefined)).toHaveLength(4);
    expect(meetingsSaid(meetings).split('\n')).toEqual([
      'Träff 1: måndag 18 januari 2027, 09.00–12.00 (CET), digitalt.',
      'Träff 2: tisdag 16 februari 2027, 09.00–12.00 (CET), digitalt.',
      'Träff 3: tisdag 30 mars 2027, 09.00–12.00 (CEST), digitalt.',
      'Träff 4–7: datumen bestäms tillsammans i gruppen.',
    ]);
    expect(meetingsSaid(meetings, 'nb')).toContain('Samling 4–7: datoene bestemmes sammen i gruppen.');
    expect(meetingsSaid(meetings, 'en')).toContain(
      'Meetings 4–7: the dates are decided together in the group.',
    );
  });

  it('leaves out a cancelled meeting, and does not gather across it', () => {
    const fifthCancelled = meetings.map((meeting) =>
      meeting.number === 5 ? { ...meeting, cancelled: true } : meeting,
    );
    expect(meetingsSaid(fifthCancelled).split('\n').slice(3)).toEqual([
      'Träff 4: datum bestäms tillsammans i gruppen.',
      'Träff 6–7: datumen bestäms tillsammans i gruppen.',
    ]);
  });
});
