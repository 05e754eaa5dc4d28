import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { signInThroughMail } from '#test/support/browser-sign-in.ts';
import { FIXTURE_TODAY } from '#test/support/conference-fixture.ts';
import { inviteIn, mailTo } from '#test/support/read-mail.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const EVENT_ID = 'motorburen-problematik-2027';
const event = demoEventPages(FIXTURE_TODAY).find((demo) => demo.event.id === EVENT_ID)?.event;
if (!event?.registrationClosesAt) throw new Error(`the demo data lacks ${EVENT_ID} with its deadline`);
const ORGANISER = 'camilla.tjernberg@lansstyrelsen.se';
const TEAM = [
  {
    name: 'Kim Karlsson',
    email: 'kim.karlsson@alingsas.se',
    title: 'Trygghetssamordnare',
    represents: 'Kommunen',
  },
  { name: 'Pia Persson', email: 'pia.persson@polisen.se', title: 'Kommunpolis', represents: 'Polisen' },
];

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
await loadDemoData(platform.table, FIXTURE_TODAY);
const baseUrl = await serveOverHttp(platform);
const onThisServer = (url: string) => url.replace('http://traffpunkt.test', baseUrl);

const browser = await launchBrowser();
const page = await browser.newPage();

const seeHeading = (name: string, level = 1) =>
  page.getByRole('heading', { level, name, exact: true }).waitFor();

describe('a municipality applying to Motorburen problematik and being selected, in the browser', () => {
  it('applies as a team of the municipality and the police', async () => {
    await page.goto(`${baseUrl}/events/${EVENT_ID}`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Ansök', exact: true }).click();
    await seeHeading(`Ansökan: ${event.title}`);
    await page.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Alingsås' });
    for (const [row, member] of TEAM.entries()) {
      const fields = page.getByRole('group', { name: `Medlem ${row + 1}` });
      await fields.getByLabel('Namn').fill(member.name);
      await fields.getByLabel('E-postadress').fill(member.email);
      await fields.getByLabel('Titel').fill(member.title);
      await fields.getByLabel('Representerar').selectOption({ label: member.represents });
    }
    await page
      .getByLabel('Problematiken i er lokala lägesbild')
      .fill('Bilträffar på Sävelundsområdet fredagskvällar, buskörning och nedskräpning.');
    await page.getByLabel('Vi åtar oss att prioritera arbetet mellan träffarna.').check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Skicka ansökan' }).click();
    await seeHeading('Ansökan är skickad');
    await expectNoAxeViolations(page);
  });

  it('is selected by the organiser, who signs in through the link in the mailbox', async () => {
    await signInThroughMail(page, platform, baseUrl, ORGANISER);
    await page.goto(`${baseUrl}/organiser/events/${EVENT_ID}`);
    await page.getByRole('link', { name: 'Ansökningar', exact: true }).click();
    await seeHeading(`Ansökningar: ${event.title}`);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Alingsås', exact: true }).click();
    await seeHeading('Ansökan från Alingsås');
    expect(await page.getByRole('listitem').filter({ hasText: 'Polisens representant' }).textContent()).toBe(
      'Polisens representant: uppfyllt',
    );
    await page.getByLabel('Poäng').fill('85');
    await page.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Bedömningen av Alingsås är sparad.' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Välj Alingsås' }).click();
    await page.getByRole('status').filter({ hasText: 'Alingsås är vald.' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('sends the decisions once applications have closed, and the team gets the welcome with the meetings as invites', async () => {
    platform.setNow(new Date(Date.parse(event.registrationClosesAt ?? '') + 3_600_000).toISOString());
    // Weeks later: the session from before has long expired.
    await signInThroughMail(page, platform, baseUrl, ORGANISER);
    await page.goto(`${baseUrl}/organiser/events/${EVENT_ID}/selection`);
    await page.getByLabel('Jag har gått igenom urvalet och vill skicka besluten.').check();
    await page.getByRole('button', { name: 'Skicka besluten' }).click();
    await page.getByRole('status').filter({ hasText: 'Besluten är skickade' }).waitFor();
    await expectNoAxeViolations(page);

    await platform.deliverOutbox();
    const mail = await mailTo(platform.mailbox, 'pia.persson@polisen.se');
    const welcome = mail.find((message) => message.subject === `Välkomna till ${event.title}`);
    expect(welcome?.text).toContain('Kommunerna i gruppen: Alingsås.');
    const invites = mail.filter((message) =>
      message.attachments.some((part) => part.mimeType === 'text/calendar'),
    );
    expect(invites.map((invite) => inviteIn(invite).method)).toEqual(['REQUEST', 'REQUEST', 'REQUEST']);

    await page.goto(`${baseUrl}/mailbox`);
    await page
      .getByRole('link', { name: `Välkomna till ${event.title}` })
      .first()
      .click();
    await expectNoAxeViolations(page);
    const groupPage = welcome?.text?.match(/http:\/\/traffpunkt\.test\/groups\/[\w-]+(?!\/)/)?.[0];
    expect(groupPage, 'the personal group page in the welcome').toBeDefined();
    await page.goto(onThisServer(groupPage ?? ''));
    await expectNoAxeViolations(page);
  });
});
