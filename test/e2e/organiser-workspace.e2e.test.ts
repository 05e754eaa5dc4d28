import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY } from '#test/support/conference-fixture.ts';
import { readZip } from '#test/support/read-zip.ts';
import { servedTestPlatform } from '#test/support/serve-over-http.ts';

const { platform, baseUrl } = await servedTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
for (const organisation of DEMO_ORGANISATIONS) await putOrganisation(platform.table, organisation);
await putOrganiser(platform.table, hashEmail('konferens@skr.se'), {
  email: 'konferens@skr.se',
  name: 'Konferens SKR',
  organisationId: 'skr',
  role: 'admin',
});
const browser = await launchBrowser();
const organiser = await browser.newPage();
const participant = await (await browser.newContext({ locale: 'sv-SE' })).newPage();

const PROGRAMME = [
  '09.30–10.00 Registrering och kaffe',
  '10.00–10.45 Öppna drogscener',
  'Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten',
  '10.45–11.30 Trygghet i stadskärnan',
].join('\n');

describe('an organiser running a new conference in the browser', () => {
  it('signs in through the mailbox link and lands on the dashboard', async () => {
    await organiser.goto(`${baseUrl}/organiser/sign-in`);
    await expectNoAxeViolations(organiser);
    await organiser.getByLabel('E-postadress').fill('konferens@skr.se');
    await organiser.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
    await organiser.getByText(/Om adressen tillhör en arrangör har vi skickat en inloggningslänk/).waitFor();
    await expectNoAxeViolations(organiser);
    await platform.deliverOutbox();
    await organiser.getByRole('link', { name: 'Utkorg (lokalt)' }).click();
    await organiser
      .getByRole('link', { name: /Din inloggningslänk till Träffpunkt/ })
      .first()
      .click();
    await organiser.getByRole('link', { name: /\/organiser\/sign-in\// }).click();
    await expectNoAxeViolations(organiser);
    await organiser.getByRole('button', { name: 'Logga in' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await expectNoAxeViolations(organiser);
  });

  it('creates a conference as a draft, after the form has pointed out what was missing', async () => {
    await organiser.getByRole('link', { name: 'Skapa evenemang' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Nytt evenemang' }).waitFor();
    await expectNoAxeViolations(organiser);
    await organiser.getByLabel('Konferens').check();
    await organiser.getByRole('button', { name: 'Fortsätt' }).click();
    await organiser.getByText('Typ av evenemang: Konferens.').waitFor();
    await expectNoAxeViolations(organiser);

    await organiser
      .getByLabel('Ingress (en mening som visas i listor)')
      .fill('En dag om trygghet i offentlig miljö.');
    await organiser
      .getByLabel('Beskrivning')
      .fill('Välkommen till en dag om trygghet.\n\nProgrammet kommer.');
    await organiser.getByLabel('Börjar').fill('2027-03-10T09:30');
    await organiser.getByLabel('Slutar').fill('2027-03-10T16:00');
    await organiser.getByLabel('Lokal').fill('Svenska mässan');
    await organiser.getByLabel('Ort').fill('Göteborg');
    await organiser.getByLabel('Antal platser').fill('100');
    await organiser.getByLabel('Sista dag och tid för anmälan').fill('2027-03-01T00:00');
    await organiser.getByLabel('Kontaktpersoner').fill('Anna Andersson, SKR, anna.andersson@skr.se');
    await organiser.getByRole('button', { name: 'Spara utkast' }).click();
    await organiser.getByRole('heading', { name: 'Formuläret har fel' }).waitFor();
    await expectNoAxeViolations(organiser);

    await organiser.getByRole('link', { name: 'Titel: Fyll i fältet.' }).click();
    await organiser.getByLabel('Titel').fill('Trygghetsdag i Göteborg');
    await organiser.getByRole('button', { name: 'Spara utkast' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Trygghetsdag i Göteborg' }).waitFor();
    expect(organiser.url()).toBe(`${baseUrl}/organiser/events/trygghetsdag-i-goteborg-2027`);
    await organiser.getByText('Utkast: syns inte för allmänheten.').waitFor();
    await expectNoAxeViolations(organiser);
  });

  it('pastes the programme and publishes the conference onto the start page', async () => {
    await organiser
      .getByRole('navigation', { name: 'Evenemangets sidor' })
      .getByRole('link', { name: 'Program' })
      .click();
    await organiser.getByLabel('Programmet').fill(PROGRAMME);
    await organiser.getByRole('button', { name: 'Spara programmet' }).click();
    await organiser.getByText(/Programmet är sparat/).waitFor();
    await expectNoAxeViolations(organiser);

    await organiser.goto(`${baseUrl}/organiser/events/trygghetsdag-i-goteborg-2027`);
    await organiser.getByRole('link', { name: 'Publicera' }).click();
    await organiser.getByText('Sidan blir offentlig och anmälan öppnar direkt.').waitFor();
    await expectNoAxeViolations(organiser);
    await organiser.getByRole('button', { name: 'Publicera nu' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Trygghetsdag i Göteborg' }).waitFor();
    expect(await organiser.getByText('Utkast: syns inte för allmänheten.').count()).toBe(0);
    await expectNoAxeViolations(organiser);

    await participant.goto(`${baseUrl}/`);
    await participant.getByRole('link', { name: 'Trygghetsdag i Göteborg' }).click();
    await participant.getByText('Öppna drogscener').waitFor();
  });

  it('sees a participant who signs up on the public page on the dashboard, chart and all', async () => {
    await participant.getByRole('link', { name: 'Anmäl dig' }).first().click();
    await participant.getByLabel('Namn', { exact: true }).fill('Katharina Tollin');
    await participant.getByLabel('E-postadress', { exact: true }).fill('katharina@bra.se');
    await participant.getByLabel('Organisation', { exact: true }).fill('Brottsförebyggande rådet');
    await participant
      .getByLabel('Typ av organisation', { exact: true })
      .selectOption({ label: 'Statlig myndighet' });
    await participant.getByLabel('Titel eller roll', { exact: true }).fill('utredare');
    await participant.getByRole('button', { name: 'Skicka anmälan' }).click();
    await participant.getByRole('heading', { level: 1, name: 'Du är anmäld' }).waitFor();

    await organiser.goto(`${baseUrl}/organiser`);
    const event = organiser.getByRole('region', { name: 'Trygghetsdag i Göteborg' });
    await event.getByText('1 av 100', { exact: true }).waitFor();
    await event.getByText('Anmälningar över tid: Trygghetsdag i Göteborg').click();
    await event
      .getByRole('img', { name: 'Bekräftade anmälningar per dag, Trygghetsdag i Göteborg' })
      .waitFor();
    await event.getByText('Visa som tabell').click();
    await event.getByRole('cell', { name: '22 november 2026' }).waitFor();
    await expectNoAxeViolations(organiser);
  });

  it('finds the participant in the registrations and exports the list as XLSX and CSV', async () => {
    await organiser.getByRole('link', { name: 'Trygghetsdag i Göteborg' }).click();
    await organiser
      .getByRole('region', { name: 'Senaste anmälningarna' })
      .getByText(/^Katharina Tollin, Brottsförebyggande rådet – Bekräftad/)
      .waitFor();
    await expectNoAxeViolations(organiser);
    await organiser
      .getByRole('navigation', { name: 'Evenemangets sidor' })
      .getByRole('link', { name: 'Deltagare' })
      .click();
    await organiser.getByLabel('Namn, e-post eller organisation').fill('tollin');
    await organiser.getByRole('button', { name: 'Sök' }).click();
    await organiser.getByText('1 av 1 anmälan').waitFor();
    await expectNoAxeViolations(organiser);

    const [xlsx] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByRole('link', { name: 'Exportera urvalet till Excel (.xlsx)' }).click(),
    ]);
    const sheet = readZip(await readFile(await xlsx.path())).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('Katharina Tollin');
    expect(sheet).toContain('Brottsförebyggande rådet');

    const [csv] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByRole('link', { name: 'Exportera alla till CSV' }).click(),
    ]);
    expect(await readFile(await csv.path(), 'utf8')).toContain('Katharina Tollin;katharina@bra.se');
  });

  it('corrects the participant’s address from the search, after the form has pointed out a mistake', async () => {
    await organiser.goto(`${baseUrl}/organiser/events/trygghetsdag-i-goteborg-2027/registrations?q=tollin`);
    await organiser.getByRole('link', { name: 'Ändra Katharina Tollin' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Ändra anmälan: Katharina Tollin' }).waitFor();
    expect(await organiser.getByLabel('Specialkost').count()).toBe(0);
    await expectNoAxeViolations(organiser);

    const address = organiser.getByLabel('E-postadress', { exact: true });
    await address.fill('katharina.tollin');
    await organiser.getByRole('button', { name: 'Spara ändringarna' }).click();
    await organiser.getByRole('heading', { name: 'Ändringarna sparades inte. Rätta följande:' }).waitFor();
    await expectNoAxeViolations(organiser);

    await address.fill('katharina.tollin@bra.se');
    await organiser.getByRole('button', { name: 'Spara ändringarna' }).click();
    await organiser.getByText(/katharina\.tollin@bra\.se har fått ett meddelande/).waitFor();
    await expectNoAxeViolations(organiser);
  });

  it('previews a message to the confirmed, and ticks the participant in on the day', async () => {
    await organiser.goto(`${baseUrl}/organiser/events/trygghetsdag-i-goteborg-2027/messages`);
    await organiser.getByLabel('Ämne').fill('Välkommen');
    await organiser.getByLabel('Meddelande', { exact: true }).fill('Vi ses i Göteborg!');
    await organiser.getByRole('button', { name: 'Förhandsgranska' }).click();
    await organiser.getByText('Går till 1 person.').waitFor();
    await expectNoAxeViolations(organiser);

    await organiser.goto(`${baseUrl}/organiser/events/trygghetsdag-i-goteborg-2027/check-in`);
    await organiser.getByRole('button', { name: 'Checka in Katharina Tollin' }).click();
    await organiser.getByText('Katharina Tollin är incheckad.').waitFor();
    await organiser.getByText('1 av 1 incheckade').waitFor();
    await expectNoAxeViolations(organiser);
    await organiser.getByRole('link', { name: 'Utskriftsvänlig deltagarlista' }).click();
    await organiser.getByRole('cell', { name: 'Katharina Tollin' }).waitFor();
    await expectNoAxeViolations(organiser);
  });

  it("opens the organisation's settings, audit trail and undelivered mail, each readable by everyone", async () => {
    await organiser.goto(`${baseUrl}/organiser`);
    await organiser.getByRole('link', { name: 'Inställningar' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Organisationens inställningar' }).waitFor();
    await expectNoAxeViolations(organiser);

    await organiser.getByRole('link', { name: 'Ändringslogg' }).click();
    await organiser.getByRole('cell', { name: 'Publicerade evenemanget' }).waitFor();
    await expectNoAxeViolations(organiser);

    await organiser.goto(`${baseUrl}/organiser/outbox`);
    await organiser.getByRole('heading', { level: 1 }).waitFor();
    await expectNoAxeViolations(organiser);
  });
});
