import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { deadlineText } from '#shared/event-when.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { listReviewedApplications } from '#store/entities/application.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { markDecisionsSent } from '#store/transactions/selection.ts';
import { applicationForm, apply, team } from '#test/support/application-fixture.ts';
import { auditEntriesAbout, auditTrailLines } from '#test/support/audit-entries.ts';
import { putMotorburenProblematik } from '#test/support/conference-fixture.ts';
import { justBeforeTransaction } from '#test/support/just-before-transaction.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { inviteIn, mailTo, receivedMail } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
/** The fixture's deadline is 2027-01-08 00:00 in Stockholm; organisers choose after it. */
const AFTER_DEADLINE = '2027-01-08T08:00:00Z';
const t = selectionMessagesFor('sv');

/** Seven municipalities in and around Västra Götaland: one more than the group's six places. */
const APPLICANTS: [code: string, tag: string][] = [
  ['1480', 'goteborg'],
  ['1490', 'boras'],
  ['1485', 'uddevalla'],
  ['1488', 'trollhattan'],
  ['1496', 'skovde'],
  ['1380', 'halmstad'],
  ['0680', 'jonkoping'],
];

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

/** A working group with seven applications (or the first `count`) and a signed-in editor of Länsstyrelsen Västra Götaland. */
async function workingGroupWithApplicants(id: string, count = APPLICANTS.length) {
  platform.setNow(NOW);
  const event = await putMotorburenProblematik(platform.table, id);
  for (const [code, tag] of APPLICANTS.slice(0, count)) {
    expect((await apply(platform, event, applicationForm(code, team(`${tag}.${id}`)))).status).toBe(201);
  }
  platform.setNow(AFTER_DEADLINE);
  const cookie = await signedInOrganiser(
    platform,
    `editor.${id}@lansstyrelsen.se`,
    'lansstyrelsen-vg',
    'editor',
  );
  return { event, organiser: asOrganiser(platform, cookie) };
}

const applicationsOf = (event: EventRecord) => `/organiser/events/${event.id}/applications`;

async function select(organiser: ReturnType<typeof asOrganiser>, event: EventRecord, code: string) {
  const response = await organiser.post(`${applicationsOf(event)}/${code}/select`);
  return { status: response.status, html: await response.text() };
}

/** Länsstyrelsen Västra Götaland's trail about the event, as `action: target` lines. */
const auditedChanges = (event: EventRecord) => auditTrailLines(platform.table, 'lansstyrelsen-vg', event.id);

describe('reviewing applications', () => {
  let event: EventRecord;
  let organiser: ReturnType<typeof asOrganiser>;
  beforeAll(async () => {
    ({ event, organiser } = await workingGroupWithApplicants('mp-review'));
  });

  it('lists every application with its county, its criteria and its neighbours among the applicants', async () => {
    const html = await (await organiser.get(applicationsOf(event))).text();
    expect(html).toContain(t.summary(7, 0, 6));
    for (const name of ['Göteborg', 'Borås', 'Uddevalla', 'Trollhättan', 'Skövde', 'Halmstad', 'Jönköping']) {
      expect(html).toContain(`>${name}</a>`);
    }
    expect(html).toContain('Västra Götalands län');
    expect(html).toContain(t.allMet);
    // Neighbours share a municipal border: Uddevalla and Trollhättan do; Halmstad borders none of the others.
    const rowOf = (name: string) =>
      html.slice(html.indexOf(`>${name}</a>`), html.indexOf('</tr>', html.indexOf(`>${name}</a>`)));
    expect(rowOf('Uddevalla')).toMatch(/<td[^>]*>Trollhättan<\/td>/);
    expect(rowOf('Trollhättan')).toMatch(/<td[^>]*>Uddevalla<\/td>/);
    expect(rowOf('Halmstad')).toMatch(new RegExp(`<td[^>]*>${t.noNeighbours}</td>`));
    expect(rowOf('Göteborg')).not.toContain('Skövde');
  });

  it('shows each criterion of one application and the team as it applied', async () => {
    const html = await (await organiser.get(`${applicationsOf(event)}/1490`)).text();
    for (const criterion of Object.values(t.criteria)) expect(html).toContain(`${criterion}: ${t.met}`);
    expect(html).toContain('kim.boras.mp-review@kommun.se');
    expect(html).toContain('Kommunpolis');
  });

  it('keeps the organisers’ notes and score, and refuses a score off the scale with nothing saved', async () => {
    const refused = await organiser.post(`${applicationsOf(event)}/1490/review`, {
      notes: 'Stark',
      score: '101',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(t.errors.score);
    const saved = await organiser.post(`${applicationsOf(event)}/1490/review`, {
      notes: 'Tydlig lägesbild, polisen engagerad.',
      score: '87',
    });
    expect(saved.status).toBe(200);
    const borås = (await listReviewedApplications(platform.table, event.id)).find(
      ({ application }) => application.municipalityCode === '1490',
    );
    expect(borås?.review).toEqual({
      notes: 'Tydlig lägesbild, polisen engagerad.',
      score: 87,
      selected: false,
    });
    const [entry, ...more] = await auditEntriesAbout(platform.table, 'lansstyrelsen-vg', event.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: 'application-reviewed',
      actor: { email: 'editor.mp-review@lansstyrelsen.se' },
      target: { kind: 'application', id: `${event.id}/1490`, label: `Borås, ${event.title}` },
      detail: 'score=87',
    });
  });

  it('filters by county and sorts by score', async () => {
    await organiser.post(`${applicationsOf(event)}/1380/review`, { notes: '', score: '90' });
    const halland = await (await organiser.get(`${applicationsOf(event)}?county=13`)).text();
    expect(halland).toContain(t.shown(1, 7));
    expect(halland).toContain('>Halmstad</a>');
    expect(halland).not.toContain('>Borås</a>');
    const byScore = await (await organiser.get(`${applicationsOf(event)}?sort=score`)).text();
    expect(byScore.indexOf('>Halmstad</a>')).toBeLessThan(byScore.indexOf('>Borås</a>'));
    expect(byScore.indexOf('>Borås</a>')).toBeLessThan(byScore.indexOf('>Göteborg</a>'));
  });

  it('shows the applicants on a picture of the region, with a text alternative saying who borders whom', async () => {
    const html = await (await organiser.get(applicationsOf(event))).text();
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain(t.mapApplicant('Uddevalla', 'Västra Götalands län', false, ['Trollhättan']));
    expect(html).toContain(t.mapApplicant('Halmstad', 'Hallands län', false, []));
    expect(html).toMatch(/<text[^>]*class="region-county-name[^"]*">Hallands län<\/text>/);
    expect(html).not.toContain('style=');
  });

  it('refuses a viewer’s choice and another organisation’s organisers', async () => {
    const viewer = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'viewer.mp-review@lansstyrelsen.se', 'lansstyrelsen-vg', 'viewer'),
    );
    const refused = await viewer.post(`${applicationsOf(event)}/1480/select`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe(workspaceMessagesFor('sv').forbidden);
    const stranger = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'other.mp-review@skr.se', 'skr'),
    );
    expect((await stranger.get(applicationsOf(event))).status).toBe(404);
    expect((await stranger.post(`${applicationsOf(event)}/1480/select`)).status).toBe(404);
    const applications = await listReviewedApplications(platform.table, event.id);
    expect(applications.filter(({ review }) => review.selected)).toHaveLength(0);
  });
});

describe('choosing six', () => {
  it('selects up to six and refuses the seventh, saying why', async () => {
    const { event, organiser } = await workingGroupWithApplicants('mp-six');
    for (const [code] of APPLICANTS.slice(0, 6))
      expect((await select(organiser, event, code)).status).toBe(200);
    const seventh = await select(organiser, event, '0680');
    expect(seventh.status).toBe(409);
    expect(seventh.html).toContain(t.notices.full(6));
    const applications = await listReviewedApplications(platform.table, event.id);
    expect(applications.filter(({ review }) => review.selected)).toHaveLength(6);
  });

  it('lets the choice be revised before the decisions are sent', async () => {
    const { event, organiser } = await workingGroupWithApplicants('mp-revise');
    for (const [code] of APPLICANTS.slice(0, 6)) await select(organiser, event, code);
    expect((await organiser.post(`${applicationsOf(event)}/1496/unselect`)).status).toBe(200);
    expect((await select(organiser, event, '0680')).status).toBe(200);
    const chosen = (await listReviewedApplications(platform.table, event.id))
      .filter(({ review }) => review.selected)
      .map(({ application }) => application.municipalityCode);
    expect(chosen.sort()).toEqual(['0680', '1380', '1480', '1485', '1488', '1490']);
    const selected = (name: string) => `application-selected: ${name}, ${event.title}`;
    expect(await auditedChanges(event)).toEqual(
      [
        ...['Göteborg', 'Borås', 'Uddevalla', 'Trollhättan', 'Skövde', 'Halmstad', 'Jönköping'].map(selected),
        `application-unselected: Skövde, ${event.title}`,
      ].sort(),
    );
  });

  it('never selects a seventh when two organisers choose at the same time', {
    timeout: 180_000,
  }, async () => {
    const { event, organiser } = await workingGroupWithApplicants('mp-race');
    const second = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'second.mp-race@lansstyrelsen.se', 'lansstyrelsen-vg', 'editor'),
    );
    for (const [code] of APPLICANTS.slice(0, 5)) await select(organiser, event, code);
    // One place is left; both press "Välj" for a different municipality at once.
    const [a, b] = await Promise.all([select(organiser, event, '1380'), select(second, event, '0680')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const selected = (await listReviewedApplications(platform.table, event.id)).filter(
      ({ review }) => review.selected,
    );
    expect(selected).toHaveLength(6);
    expect(await counterOf(event.id)).toBe(6);
    // The refused choice left no trace in the trail: only the six that were made.
    expect(
      (await auditedChanges(event)).filter((line) => line.startsWith('application-selected')),
    ).toHaveLength(6);
  });
});

/** The event item's own count of selected municipalities. */
async function counterOf(eventId: string): Promise<number> {
  const { Item } = await platform.table.doc.send(
    new GetCommand({
      TableName: platform.table.name,
      Key: { PK: `EVENT#${eventId}`, SK: '#EVENT' },
      ConsistentRead: true,
    }),
  );
  return Number(Item?.selectedCount);
}

describe('sending the decisions', () => {
  let event: EventRecord;
  let organiser: ReturnType<typeof asOrganiser>;
  beforeAll(async () => {
    ({ event, organiser } = await workingGroupWithApplicants('mp-decide'));
    for (const [code] of APPLICANTS.slice(0, 6)) await select(organiser, event, code);
  });

  it('asks for confirmation and sends nothing without it', async () => {
    const before = (await receivedMail(platform.mailbox)).length;
    const response = await organiser.post(`${applicationsOf(event)}/decisions`, {});
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(t.notices.notConfirmed);
    await platform.deliverOutbox();
    expect((await receivedMail(platform.mailbox)).length).toBe(before);
  });

  it('welcomes every member of a selected team with the group, the meetings and their links', async () => {
    const response = await organiser.post(`${applicationsOf(event)}/decisions`, { confirm: 'yes' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(t.notices.decisionsSent(6, 1));
    await platform.deliverOutbox();
    const [welcome, ...invites] = await mailTo(platform.mailbox, 'pia.boras.mp-decide@polisen.se').then(
      (mail) => mail.filter((message) => !message.subject?.startsWith('Ansökan')),
    );
    expect(welcome?.subject).toBe(t.mail.selectedSubject(event.title));
    expect(welcome?.text).toContain('Borås, Göteborg, Halmstad, Skövde, Trollhättan, Uddevalla');
    expect(welcome?.text).toMatch(/http:\/\/traffpunkt\.test\/groups\/[\w-]+\/meetings\.ics/);
    // The four meetings still to be dated, 4 to 7, on one line.
    expect(welcome?.text).toContain(t.mail.meetingsToBeDecided(4, 7));
    // One invite per dated meeting: the first three.
    expect(invites).toHaveLength(3);
    const meetings = invites.map((invite) => {
      const { method, vevent } = inviteIn(invite);
      expect(method).toBe('REQUEST');
      return vevent.getFirstPropertyValue('summary');
    });
    expect(meetings).toEqual([1, 2, 3].map((n) => `${event.title}: Träff ${n}`));
    const members = await listGroupMembers(platform.table, event.id);
    expect(members).toHaveLength(12);
  });

  it('tells every member of the team not selected, politely', async () => {
    const [refusal] = (await mailTo(platform.mailbox, 'kim.jonkoping.mp-decide@kommun.se')).filter(
      (message) => !message.subject?.startsWith('Ansökan'),
    );
    expect(refusal?.subject).toBe(t.mail.declinedSubject(event.title));
    expect(refusal?.text).toContain(t.mail.declinedBody('Jönköping', event.title, true));
    const applications = await listReviewedApplications(platform.table, event.id);
    expect(
      applications.find(({ application }) => application.municipalityCode === '0680')?.application.status,
    ).toBe('declined');
  });

  it('lets nothing change silently after the decisions are sent', async () => {
    const unselect = await organiser.post(`${applicationsOf(event)}/1480/unselect`);
    expect(unselect.status).toBe(409);
    expect(await unselect.text()).toContain(t.notices.decided);
    const again = await organiser.post(`${applicationsOf(event)}/decisions`, { confirm: 'yes' });
    expect(again.status).toBe(409);
    const before = (await receivedMail(platform.mailbox)).length;
    await platform.runJobs();
    await platform.deliverOutbox();
    expect((await receivedMail(platform.mailbox)).length).toBe(before);
    const sent = await auditEntriesAbout(platform.table, 'lansstyrelsen-vg', event.id);
    expect(sent.filter(({ action }) => action === 'decisions-sent')).toEqual([
      expect.objectContaining({ target: { kind: 'event', id: event.id, label: event.title } }),
    ]);
  });
});

describe('sending the decisions before the deadline', () => {
  it('is refused while applications are still open, and fixes nothing and tells nobody', async () => {
    const { event, organiser } = await workingGroupWithApplicants('mp-early', 2);
    await select(organiser, event, '1480');
    platform.setNow(NOW);
    const response = await organiser.post(`${applicationsOf(event)}/decisions`, { confirm: 'yes' });
    expect(response.status).toBe(409);
    const deadline = deadlineText(event.registrationClosesAt ?? '', event.timeZone, 'sv');
    expect(await response.text()).toContain(t.notices.beforeDeadline(deadline));
    await platform.runJobs();
    await platform.deliverOutbox();
    for (const address of ['kim.goteborg.mp-early@kommun.se', 'kim.boras.mp-early@kommun.se']) {
      const decisions = (await mailTo(platform.mailbox, address)).filter(
        ({ subject }) => !subject?.startsWith('Ansökan'),
      );
      expect(decisions).toEqual([]);
    }
    // The choice is still open: Borås can still be chosen.
    expect((await select(organiser, event, '1490')).status).toBe(200);
    expect(await listGroupMembers(platform.table, event.id)).toEqual([]);
  });
});

describe('sending the decisions while a colleague changes the choice', () => {
  /** Runs `change` once, just before the transaction that fixes the selection for the decisions goes to the store. */
  const justBeforeTheSelectionIsFixed = (change: () => Promise<void>) =>
    justBeforeTransaction(
      platform.table,
      ({ Update }) => Update?.UpdateExpression?.includes('decisionsSentAt = :now') ?? false,
      change,
    );

  it('welcomes the teams selected when the selection was fixed, and tells the others no', async () => {
    const { event, organiser } = await workingGroupWithApplicants('mp-swap');
    const colleague = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'second.mp-swap@lansstyrelsen.se', 'lansstyrelsen-vg', 'editor'),
    );
    for (const [code] of APPLICANTS.slice(0, 6)) await select(organiser, event, code);
    // The colleague swaps Skövde for Jönköping while the decisions are on their way.
    const spy = justBeforeTheSelectionIsFixed(async () => {
      expect((await colleague.post(`${applicationsOf(event)}/1496/unselect`)).status).toBe(200);
      expect((await select(colleague, event, '0680')).status).toBe(200);
    });
    try {
      const response = await organiser.post(`${applicationsOf(event)}/decisions`, { confirm: 'yes' });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(t.notices.decisionsSent(6, 1));
    } finally {
      spy.mockRestore();
    }
    await platform.deliverOutbox();
    const subjects = async (address: string) =>
      (await mailTo(platform.mailbox, address)).map(({ subject }) => subject);
    expect(await subjects('kim.jonkoping.mp-swap@kommun.se')).toContain(t.mail.selectedSubject(event.title));
    expect(await subjects('kim.jonkoping.mp-swap@kommun.se')).not.toContain(
      t.mail.declinedSubject(event.title),
    );
    expect(await subjects('kim.skovde.mp-swap@kommun.se')).toContain(t.mail.declinedSubject(event.title));
    expect(await subjects('kim.skovde.mp-swap@kommun.se')).not.toContain(t.mail.selectedSubject(event.title));
    const members = await listGroupMembers(platform.table, event.id);
    expect(new Set(members.map(({ municipality }) => municipality))).toEqual(
      new Set(['Göteborg', 'Borås', 'Uddevalla', 'Trollhättan', 'Halmstad', 'Jönköping']),
    );
    const outcomes = (await listReviewedApplications(platform.table, event.id)).map(
      ({ application }) => `${application.municipalityCode} ${application.status}`,
    );
    expect(outcomes).toContain('0680 selected');
    expect(outcomes).toContain('1496 declined');
  });
});

describe('a group with room for every applicant', () => {
  it('does not tell a team left out that there were more applications than places', async () => {
    const { event, organiser } = await workingGroupWithApplicants('mp-room', 3);
    for (const [code] of APPLICANTS.slice(0, 2)) await select(organiser, event, code);
    await organiser.post(`${applicationsOf(event)}/decisions`, { confirm: 'yes' });
    await platform.deliverOutbox();
    const [refusal] = (await mailTo(platform.mailbox, 'kim.uddevalla.mp-room@kommun.se')).filter(
      ({ subject }) => subject === t.mail.declinedSubject(event.title),
    );
    expect(refusal?.text).toContain(t.mail.declinedBody('Uddevalla', event.title, false));
    expect(refusal?.text).not.toContain('fler ansökningar än det finns platser');
  });
});

describe('a run of decisions cut short', () => {
  it('is finished by the scheduled jobs, and nobody is told twice', async () => {
    const { event, organiser } = await workingGroupWithApplicants('mp-resume');
    for (const [code] of APPLICANTS.slice(0, 2)) await select(organiser, event, code);
    // The selection was fixed, then the process died before any notice was queued.
    expect(await markDecisionsSent(platform.table, event.id, AFTER_DEADLINE, [])).toBe(true);
    await platform.runJobs();
    await platform.runJobs();
    await platform.deliverOutbox();
    const welcomes = (await mailTo(platform.mailbox, 'kim.goteborg.mp-resume@kommun.se')).filter(
      (mail) => mail.subject === t.mail.selectedSubject(event.title),
    );
    expect(welcomes).toHaveLength(1);
    const refusals = (await mailTo(platform.mailbox, 'kim.skovde.mp-resume@kommun.se')).filter(
      (mail) => mail.subject === t.mail.declinedSubject(event.title),
    );
    expect(refusals).toHaveLength(1);
  });
});
