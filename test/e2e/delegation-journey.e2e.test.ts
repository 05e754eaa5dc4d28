import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY } from '#test/support/conference-fixture.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const EVENT_ID = 'ks-studietur-mc-kriminalitet-2027';
const title = demoEventPages(FIXTURE_TODAY).find((page) => page.event.id === EVENT_ID)?.event.title;

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
await loadDemoData(platform.table, FIXTURE_TODAY);
const baseUrl = await serveOverHttp(platform);

const browser = await launchBrowser();
// A Norwegian lead's browser asks for Norwegian; the pages around the event's own texts answer in it.
const page = await browser.newPage({ locale: 'nb-NO' });

/** Drammen's three: a politician, the SLT coordinator and an adviser, but nobody from the police. */
const DRAMMEN = [
  { name: 'Ola Nordmann', email: 'ola.nordmann@drammen.kommune.no', role: 'politiker' },
  { name: 'Kari Hansen', email: 'kari.hansen@drammen.kommune.no', role: 'SLT-koordinator' },
  { name: 'Per Berg', email: 'per.berg@drammen.kommune.no', role: 'annen rolle' },
];

const seeHeading = (name: string, level = 1) =>
  page.getByRole('heading', { level, name, exact: true }).waitFor();

describe('a delegation lead from Drammen on the upcoming KS study trip, in the browser', () => {
  it('finds the delegation form on the trip’s page, with the places left per municipality', async () => {
    await page.goto(`${baseUrl}/events/${EVENT_ID}`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Meld på en delegasjon' }).click();
    await seeHeading(`Meld på en delegasjon: ${title}`);
    const drammen = page.getByRole('row', { name: /Drammen/ });
    expect(await drammen.getByRole('cell').allTextContents()).toEqual(['3', '3']);
    await expectNoAxeViolations(page);
  });

  it('picks Drammen in the table of places and gets the form with a row for each of its three places', async () => {
    await page.getByRole('link', { name: 'Meld på en delegasjon fra Drammen' }).click();
    await seeHeading(`Meld på en delegasjon: ${title}`);
    expect(await page.getByLabel('Kommune eller organisasjon').inputValue()).toBe('Drammen');
    expect(await page.getByRole('group', { name: /^Deltaker \d$/ }).count()).toBe(3);
  });

  it('is told field by field what is missing when sending an empty form', async () => {
    await page.getByRole('button', { name: 'Send påmelding' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Navnet ditt: Fyll ut feltet.',
      'E-postadressen din: Skriv en e-postadresse på formen navn@eksempel.no.',
      'Deltaker 1: Navn: Før opp minst én deltaker.',
      'Organisasjon som betaler: Fyll ut feltet.',
      'Organisasjonsnummer: Fyll ut feltet.',
      'Deres referanse: Fyll ut feltet.',
    ]);
    await expectNoAxeViolations(page);
  });

  it('shows the price, each member’s add-ons with their prices, and asks once who pays', async () => {
    expect(await page.getByRole('region', { name: 'Pris' }).textContent()).toContain(
      '3\u00a0000\u00a0kr per person ekskl. mva. (25 %)',
    );
    const first = page.getByRole('group', { name: 'Deltaker 1' });
    expect(await first.getByRole('checkbox').count()).toBe(2);
    await first.getByLabel('Hotellnatt før turen, med frokost, 1\u00a0150\u00a0kr').waitFor();
    expect(await page.getByRole('group', { name: 'Fakturaopplysninger' }).count()).toBe(1);
    expect(await page.getByLabel('Norge').isChecked()).toBe(true);
  });

  it('refuses an organisation number whose check digit is wrong, and keeps what was typed', async () => {
    await page.getByLabel('Organisasjon som betaler').fill('Drammen kommune');
    await page.getByLabel('Organisasjonsnummer').fill('921 234 555');
    await page.getByLabel('Deres referanse').fill('4400-Studietur');
    await page.getByRole('button', { name: 'Send påmelding' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toContain(
      'Organisasjonsnummer: Kontroller organisasjonsnummeret: et norsk har ni siffer, og kontrollsifferet må stemme.',
    );
    expect(await page.getByLabel('Deres referanse').inputValue()).toBe('4400-Studietur');
    await expectNoAxeViolations(page);
  });

  it('fills in the lead and three members, and is told that nobody from the police comes', async () => {
    await page.getByLabel('Organisasjonsnummer').fill('921 234 554');
    await page.getByLabel('Kommune eller organisasjon').selectOption({ label: 'Drammen' });
    await page.getByLabel('Navnet ditt').fill('Siri Leder');
    await page.getByLabel('E-postadressen din').fill('siri.leder@drammen.kommune.no');
    for (const [row, member] of DRAMMEN.entries()) {
      const fields = page.getByRole('group', { name: `Deltaker ${row + 1}` });
      await fields.getByLabel('Navn').fill(member.name);
      await fields.getByLabel('E-postadresse').fill(member.email);
      await fields.getByLabel('Rolle').selectOption({ label: member.role });
      // Two of them come the evening before and take the hotel night.
      if (row < 2) await fields.getByRole('checkbox', { name: /^Hotellnatt før turen/ }).check();
    }
    await page.getByRole('button', { name: 'Send påmelding' }).click();

    await seeHeading('Delegasjonen mangler ønskede roller', 2);
    const hint = page.getByRole('region', { name: 'Delegasjonen mangler ønskede roller' });
    expect(await hint.getByRole('listitem').allTextContents()).toEqual(['politi']);
    expect(await hint.getByRole('link').textContent()).toBe('Bytt ut en deltaker');
    expect(await page.getByRole('group', { name: 'Deltaker 2' }).getByLabel('Navn').inputValue()).toBe(
      'Kari Hansen',
    );
    await expectNoAxeViolations(page);
  });

  it('sends anyway, and sees the delegation registered', async () => {
    await page.getByRole('button', { name: 'Send likevel' }).click();
    await seeHeading('Delegasjonen er påmeldt');
    expect(await page.getByRole('status').textContent()).toContain('3 personer fra Drammen er påmeldt.');
    await expectNoAxeViolations(page);
    const members = await listRegistrations(platform.table, EVENT_ID);
    expect(members.filter((member) => member.addOnIds?.includes('hotellnatt-for-turen'))).toHaveLength(2);
    expect(members.map((member) => member.invoicing?.peppolId)).toEqual(Array(3).fill('0192:921234554'));
    expect(members.map((member) => member.invoicing?.buyerReference)).toEqual(
      Array(3).fill('4400-Studietur'),
    );
  });

  it('gets every member’s own confirmation into the mailbox, and the lead the link to the delegation', async () => {
    await platform.deliverOutbox();
    await page.goto(`${baseUrl}/mailbox`);
    await expectNoAxeViolations(page);
    for (const member of DRAMMEN) {
      const row = page.getByRole('row').filter({ hasText: member.email });
      expect(await row.getByRole('link').allTextContents()).toEqual([`Bekreftelse: ${title}`]);
    }
    await page.getByRole('link', { name: `Delegasjonen fra Drammen er påmeldt: ${title}` }).click();
    await expectNoAxeViolations(page);
    const text = await page.getByRole('region', { name: 'Plain text' }).textContent();
    const leadPath = text?.match(/http:\/\/traffpunkt\.test(\/delegations\/[A-Za-z0-9_-]+)/)?.[1];
    expect(leadPath, 'a delegation link in the lead’s receipt').toBeDefined();

    await page.goto(`${baseUrl}${leadPath}`);
    await seeHeading('Delegasjonen fra Drammen');
    expect(await page.getByRole('paragraph').filter({ hasText: 'plasser igjen' }).textContent()).toBe(
      'Drammen har 0 plasser igjen av 3.',
    );
    await expectNoAxeViolations(page);
  });

  it('replaces the adviser with someone from the police through the delegation link', async () => {
    await page.getByRole('button', { name: 'Fjern Per Berg' }).click();
    await page.getByRole('status').filter({ hasText: 'Deltakeren er fjernet' }).waitFor();
    await expectNoAxeViolations(page);

    const add = page.getByRole('region', { name: 'Legg til en deltaker' });
    await add.getByLabel('Navn').fill('Lise Politi');
    await add.getByLabel('E-postadresse').fill('lise@politiet.no');
    await add.getByLabel('Rolle').selectOption({ label: 'politi' });
    await add.getByRole('button', { name: 'Legg til deltakeren' }).click();
    await page.getByRole('status').filter({ hasText: 'Deltakeren er lagt til' }).waitFor();
    expect(await page.getByRole('cell').allTextContents()).toContain('Lise Politi');
    expect(await page.getByText('mangler fortsatt').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('reads the delegation in Swedish, the members’ roles named in Swedish too', async () => {
    await page.goto(`${page.url().replace(/\/members$/, '')}?lang=sv`);
    await seeHeading('Delegationen från Drammen');
    const cells = await page.getByRole('cell').allTextContents();
    expect(cells).toEqual(expect.arrayContaining(['polis', 'brottsförebyggande samordnare']));
    expect(cells).not.toContain('politi');
  });
});
