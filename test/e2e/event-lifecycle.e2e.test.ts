import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import type { OrganiserRole } from '#shared/domain/organiser.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { applicationForm, team } from '#test/support/application-fixture.ts';
import { expectNoAxeViolations, launchBrowser, WCAG_22_AA } from '#test/support/browser.ts';
import { signInThroughMail } from '#test/support/browser-sign-in.ts';
import {
  FIXTURE_TODAY,
  putKsStudyTrip,
  putMotorburenProblematik,
  putTrygghetsdag,
} from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

/**
 * Organisers running events through their life in the browser: changing a published event and seeing its
 * consequences, deciding a working group early, copying an event to next year, editing a study trip's quotas.
 * Every page visited is held to WCAG 2.2 AA.
 */
const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
const baseUrl = await serveOverHttp(platform);
const TITLE = 'Trygghetsdag 2027 – Så arbetar vi mot narkotika';
await putTrygghetsdag(platform.table, 'trygghetsdag-2027');
await putTrygghetsdag(platform.table, 'fullsatt', { title: 'Fullsatt seminarium', capacity: 2 });
await putTrygghetsdag(platform.table, 'stangd', {
  title: 'Stängd anmälan',
  registrationClosesAt: `${FIXTURE_TODAY}T08:00:00Z`,
});
for (let n = 1; n <= 6; n += 1)
  await postForm(
    platform.app,
    '/events/fullsatt/sign-up',
    signUpFields(`Person ${n}`, `person${n}@fullsatt.se`),
  );
await platform.deliverOutbox();

const browser = await launchBrowser();
const accessible = (page: Page) => expectNoAxeViolations(page, WCAG_22_AA);

/** A signed-in organiser in a browser context of their own. */
async function organiserPage(email: string, organisationId: string, role: OrganiserRole = 'admin') {
  await putOrganiser(platform.table, hashEmail(email), { email, name: email, organisationId, role });
  const page = await (await browser.newContext()).newPage();
  await signInThroughMail(page, platform, baseUrl, email);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

const skr = await organiserPage('konferens@skr.se', 'skr');

const editorOf = async (page: Page, eventId: string, link = 'Redigera evenemanget') => {
  await page.goto(`${baseUrl}/organiser/events/${eventId}`);
  await page.getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await accessible(page);
};

describe('changing a published conference', () => {
  it('raises the seats: the first three on the waiting list get a seat at once and a mail', async () => {
    await editorOf(skr, 'fullsatt');
    await skr.getByLabel('Antal platser').fill('5');
    await skr.getByRole('button', { name: 'Spara ändringarna' }).click();
    await skr
      .getByText('Ändringarna är sparade. 3 personer på väntelistan har fått en plats och ett mejl om det.')
      .waitFor();
    await skr.getByText('Antal platser: 2 → 5').waitFor();
    await accessible(skr);

    const registrations = await listRegistrations(platform.table, 'fullsatt');
    const statusOf = (n: number) => registrations.find((r) => r.email === `person${n}@fullsatt.se`)?.status;
    expect([1, 2, 3, 4, 5, 6].map(statusOf)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'waiting',
    ]);
    await platform.deliverOutbox();
    for (const n of [3, 4, 5])
      expect(
        (await mailTo(platform.mailbox, `person${n}@fullsatt.se`)).map((mail) => mail.subject),
      ).toContain('Du har fått en plats: Fullsatt seminarium');
    await skr.goto(`${baseUrl}/organiser/events/fullsatt`);
    expect(await skr.locator('dl.facts dt:text-is("Bekräftade") + dd').textContent()).toBe('5');
  });

  it('refuses fewer seats than are signed up, saying how many, and keeps the seats', async () => {
    await editorOf(skr, 'fullsatt');
    await skr.getByLabel('Antal platser').fill('3');
    await skr.getByRole('button', { name: 'Spara ändringarna' }).click();
    await skr.getByRole('heading', { name: 'Formuläret har fel' }).waitFor();
    await skr
      .getByRole('link', {
        name: 'Antal platser: Kapaciteten kan inte sänkas under 5, som är antalet anmälda.',
      })
      .waitFor();
    await accessible(skr);
    expect((await getEventPage(platform.table, 'fullsatt'))?.event.capacity).toBe(5);
  });

  it('reopens a closed sign-up by extending the deadline: the public page offers sign-up again', async () => {
    const participant = await (await browser.newContext()).newPage();
    await participant.goto(`${baseUrl}/events/stangd`);
    await participant.getByRole('heading', { level: 1, name: 'Stängd anmälan' }).waitFor();
    expect(await participant.getByRole('link', { name: 'Anmäl dig' }).count()).toBe(0);
    await accessible(participant);

    await editorOf(skr, 'stangd');
    await skr.getByLabel('Sista dag och tid för anmälan').fill('2027-01-20T00:00');
    await skr.getByRole('button', { name: 'Spara ändringarna' }).click();
    await skr.getByText('Sista anmälningsdag: 22 november 2026 09.00 → 19 januari 2027').waitFor();
    await accessible(skr);

    await participant.reload();
    await participant.getByRole('link', { name: 'Anmäl dig' }).waitFor();
    await accessible(participant);
  });
});

describe('deciding a working group before its deadline', () => {
  it('sends the decisions after a step that says later applications are refused', async () => {
    const group = await putMotorburenProblematik(platform.table, 'tidigt-beslut');
    for (const [code, tag] of [
      ['1480', 'goteborg'],
      ['1490', 'boras'],
    ] as const)
      await postForm(platform.app, '/events/tidigt-beslut/apply', applicationForm(code, team(tag)));
    const lansstyrelsen = await organiserPage('redaktor@lansstyrelsen.se', 'lansstyrelsen-vg', 'editor');
    await lansstyrelsen.goto(`${baseUrl}/organiser/events/tidigt-beslut/applications`);
    await lansstyrelsen.getByRole('button', { name: 'Välj Göteborg' }).click();
    await lansstyrelsen.getByText('Göteborg är vald.').waitFor();
    await accessible(lansstyrelsen);

    await lansstyrelsen
      .getByRole('navigation', { name: 'Evenemangets sidor' })
      .getByRole('link', { name: 'Urval och beslut' })
      .click();
    await lansstyrelsen.getByRole('link', { name: 'Besluta nu, före sista ansökningsdag' }).click();
    await lansstyrelsen
      .getByText(
        'Ansökningstiden stängs nu i stället för torsdag 7 januari 2027. Ansökningar som kommer efter det tas inte emot',
      )
      .waitFor();
    await accessible(lansstyrelsen);
    await lansstyrelsen.getByRole('button', { name: 'Stäng ansökan och skicka besluten' }).click();
    await lansstyrelsen.getByText(/^Besluten är skickade: 1 kommun har fått välkomstbrev/).waitFor();
    await accessible(lansstyrelsen);

    await platform.deliverOutbox();
    expect((await mailTo(platform.mailbox, 'kim.goteborg@kommun.se')).map((mail) => mail.subject)).toContain(
      `Välkomna till ${group.title}`,
    );
    expect((await mailTo(platform.mailbox, 'kim.boras@kommun.se')).length).toBeGreaterThan(1);
    const late = await postForm(
      platform.app,
      '/events/tidigt-beslut/apply',
      applicationForm('1485', team('sent')),
    );
    expect(late.status).not.toBe(201);
  });
});

describe('copying an event to next year', () => {
  it('makes Trygghetsdag 2028 with the contacts and the programme, every date 52 weeks on', async () => {
    await skr.goto(`${baseUrl}/organiser/events/trygghetsdag-2027`);
    await skr.getByRole('link', { name: 'Kopiera till en ny upplaga' }).click();
    await skr.getByRole('heading', { level: 1, name: `Ny upplaga av ${TITLE}` }).waitFor();
    expect(await skr.getByLabel('Flytta alla datum så här många veckor').inputValue()).toBe('52');
    await accessible(skr);
    await skr.getByRole('button', { name: 'Skapa den nya upplagan' }).click();
    const copy = 'Trygghetsdag 2028 – Så arbetar vi mot narkotika';
    await skr.getByRole('heading', { level: 1, name: `Redigera utkast: ${copy}` }).waitFor();
    expect(await skr.getByLabel('Börjar').inputValue()).toBe('2028-02-03T10:00');
    await accessible(skr);

    await skr.goto(`${baseUrl}/organiser/events/trygghetsdag-2028-sa-arbetar-vi-mot-narkotika`);
    await skr.getByRole('link', { name: 'Förhandsgranska sidan' }).click();
    await skr.getByText(/^Förhandsgranskning: så här ser sidan ut för deltagarna/).waitFor();
    await skr.getByText('torsdag 3 februari 2028, 10.00–15.00 (CET)', { exact: true }).waitFor();
    await skr.getByText('Öppna drogscener', { exact: true }).waitFor();
    await skr
      .getByText('Greta Berg, sakområdesexpert, Sveriges Kommuner och Regioner (SKR)', { exact: true })
      .waitFor();
    await skr.getByRole('link', { name: 'konferens@skr.se' }).waitFor();
    await accessible(skr);
    const [original, edition] = await Promise.all(
      ['trygghetsdag-2027', 'trygghetsdag-2028-sa-arbetar-vi-mot-narkotika'].map((id) =>
        getEventPage(platform.table, id),
      ),
    );
    const weeks = (a?: string, b?: string) => (Date.parse(b ?? '') - Date.parse(a ?? '')) / (7 * 86_400_000);
    expect(edition?.event.contacts).toEqual(original?.event.contacts);
    expect(edition?.slots).toHaveLength(original?.slots.length ?? -1);
    for (const slot of original?.slots ?? [])
      expect(weeks(slot.startsAt, edition?.slots.find(({ id }) => id === slot.id)?.startsAt)).toBe(52);
    expect(weeks(original?.event.registrationClosesAt, edition?.event.registrationClosesAt)).toBe(52);
  });
});

describe('a study trip’s quota table', () => {
  it('is edited from 5 and 3 to 6 and 3, with a row more to fill in', async () => {
    await putKsStudyTrip(platform.table, 'ks-studietur');
    const ks = await organiserPage('arrangor@ks.no', 'ks');
    await editorOf(ks, 'ks-studietur', 'Rediger arrangementet');
    const tiers = ks.getByRole('table', { name: 'Kvoter for navngitte organisasjoner' });
    expect(await tiers.getByRole('row').count()).toBe(4);
    await ks.getByRole('button', { name: 'Flere rader' }).click();
    await ks.getByLabel('Høyeste antall per organisasjon, rad 6').waitFor();
    await accessible(ks);

    expect(await ks.getByLabel('Høyeste antall per organisasjon, rad 1').inputValue()).toBe('5');
    expect(await ks.getByLabel('Standardkvote per organisasjon').inputValue()).toBe('3');
    await ks.getByLabel('Høyeste antall per organisasjon, rad 1').fill('6');
    await ks.getByLabel('Navn på nivået (valgfritt), rad 1').fill('Storbyer');
    await ks.getByRole('button', { name: 'Lagre endringene' }).click();
    await ks.getByText('Endringene er lagret.').waitFor();
    await ks.getByText(/\(5 per organisasjon\) → Storbyer: Oslo, .* \(6 per organisasjon\)/).waitFor();
    await accessible(ks);
    expect((await getEventPage(platform.table, 'ks-studietur'))?.event.quotas).toMatchObject({
      defaultMaxPerOrganisation: 3,
      tiers: [{ name: 'Storbyer', maxPerOrganisation: 6 }],
    });
  });
});
