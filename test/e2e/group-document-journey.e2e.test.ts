import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY } from '#test/support/conference-fixture.ts';
import { putGroupMembers } from '#test/support/group-member-fixture.ts';
import { PDF_BYTES } from '#test/support/post-upload.ts';
import { servedTestPlatform } from '#test/support/serve-over-http.ts';

const { platform, baseUrl } = await servedTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
await loadDemoData(platform.table, FIXTURE_TODAY);
const group = (await getEventPage(platform.table, 'motorburen-problematik-2027'))?.event;
const otherGroup = (await getEventPage(platform.table, 'motorburen-problematik-2020'))?.event;
if (!group || !otherGroup) throw new Error('the demo lacks the Motorburen groups');
const members = await putGroupMembers(platform.table, group, [
  ['1482', 'Kungälv'],
  ['1489', 'Alingsås'],
]);
const [outsider] = await putGroupMembers(platform.table, otherGroup, [['1480', 'Göteborg']]);
const kungalvPolice = members.find(({ member }) => member.memberId === '1482-2');
const alingsas = members.find(({ member }) => member.memberId === '1489-1');
if (!kungalvPolice || !alingsas || !outsider) throw new Error('no members');
const agreement = join(tmpdir(), 'overenskommelse-kungalv.pdf');
await writeFile(agreement, PDF_BYTES);
const browser = await launchBrowser();
const page = await browser.newPage();
const TITLE = 'Överenskommelse om samverkan för ökad trygghet i Kungälv 2024–2026';

describe('Motorburen problematik 2027: documents between meetings, in the browser', () => {
  it("Kungälv's police officer shares the municipality's collaboration agreement", async () => {
    await page.goto(`${baseUrl}/groups/${kungalvPolice.token}`);
    await page.getByRole('heading', { level: 2, name: 'Gruppens dokument' }).waitFor();
    await page.getByText('Inga dokument är uppladdade ännu.').waitFor();
    await page.getByRole('link', { name: 'Lägg till ett dokument' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lägg till ett dokument' }).waitFor();
    expect(await page.getByLabel('Kommun').inputValue()).toBe('1482');
    await page.getByRole('button', { name: 'Fortsätt till uppladdningen' }).click();
    await page.getByRole('link', { name: 'Fyll i rubriken.' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Rubrik').fill(TITLE);
    await page.getByLabel('Överenskommelse om samverkan').check();
    await page.getByLabel('År').fill('2024');
    await page.getByRole('button', { name: 'Fortsätt till uppladdningen' }).click();
    await page.getByRole('heading', { level: 1, name: `Ladda upp ”${TITLE}”` }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Välj filen (PDF, högst 50 MB)').setInputFiles(agreement);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `”${TITLE}” är uppladdad.` })
      .waitFor();
    await expectNoAxeViolations(page);
  });

  it("Alingsås' coordinator finds it under Kungälv and downloads it", async () => {
    await page.goto(`${baseUrl}/groups/${alingsas.token}`);
    const documents = page.getByRole('region', { name: 'Gruppens dokument' });
    await documents.getByRole('heading', { level: 3, name: 'Kungälv (1 dokument)' }).waitFor();
    await documents.getByText('Överenskommelse om samverkan, 2024 · PDF, 1 kB').waitFor();
    expect(await documents.getByRole('button', { name: `Ta bort ${TITLE}` }).count()).toBe(0);
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      documents.getByRole('link', { name: TITLE }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'Överenskommelse om samverkan för ökad trygghet i Kungälv 2024 2026.pdf',
    );
  });

  it("a member of another group, with the document's address, gets nothing", async () => {
    const href = (await page.getByRole('link', { name: TITLE }).getAttribute('href')) ?? '';
    const elsewhere = href.replace(alingsas.token, outsider.token);
    const answer = await page.goto(`${baseUrl}${elsewhere}`);
    expect(answer?.status()).toBe(404);
    await browser.close();
  });
});
