import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { eraseExpiredPersonalData } from '#operations/scheduled/erase-personal-data.ts';
import { listGroupDocuments } from '#store/entities/group-document.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { FIXTURE_TODAY } from '#test/support/conference-fixture.ts';
import { putGroupMembers } from '#test/support/group-member-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { PDF_BYTES, postUpload } from '#test/support/post-upload.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const NOW = `${FIXTURE_TODAY}T10:00:00.000Z`;
const platform = await createTestPlatform(NOW, 'http://localhost');
afterAll(() => platform.stop());
await loadDemoData(platform.table, FIXTURE_TODAY);
const group = (await getEventPage(platform.table, 'motorburen-problematik-2027'))?.event;
const otherGroup = (await getEventPage(platform.table, 'motorburen-problematik-2020'))?.event;
if (!group || !otherGroup) throw new Error('the demo lacks the Motorburen groups');
const [kungalvPolice, kungalvCoordinator, alingsasCoordinator] = await putGroupMembers(
  platform.table,
  group,
  [
    ['1482', 'Kungälv'],
    ['1489', 'Alingsås'],
  ],
).then((members) => [members[1], members[0], members[2]]);
const [outsider] = await putGroupMembers(platform.table, otherGroup, [['1480', 'Göteborg']]);
if (!kungalvPolice || !kungalvCoordinator || !alingsasCoordinator || !outsider) throw new Error('no members');

const pageOf = (token: string) => `/groups/${token}`;
const html = async (response: Response) => ({ status: response.status, text: await response.text() });
const hidden = (page: string) =>
  Object.fromEntries(
    [...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(([, name, value]) => [
      name,
      (value ?? '')
        .replaceAll('&amp;', '&')
        .replaceAll('&quot;', '"')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>'),
    ]),
  );

/** Shares a PDF as a member does: the details, the file straight to the storage, back to the app to be checked. */
async function share(token: string, details: Record<string, string>): Promise<string> {
  const step = await html(
    await postForm(platform.app, `${pageOf(token)}/documents`, { fileKind: 'pdf', ...details }),
  );
  expect(step.status).toBe(200);
  const action =
    step.text.match(/<form method="post" action="([^"]+)" enctype="multipart\/form-data"/)?.[1] ?? '';
  const stored = await postUpload(
    { action, fields: hidden(step.text) },
    {
      name: 'overenskommelse.pdf',
      bytes: PDF_BYTES,
      type: 'application/pdf',
    },
  );
  expect(stored.status).toBe(303);
  const back = new URL(stored.headers.get('location') ?? '');
  const checked = await platform.app.request(back.pathname);
  expect(checked.status).toBe(303);
  return checked.headers.get('location') ?? '';
}

describe("a working group's shared documents", () => {
  let downloadPath = '';

  it("are shared by one team's member and listed for another team's under the municipality", async () => {
    const form = await html(await platform.app.request(`${pageOf(kungalvPolice.token)}/documents/new`));
    expect(form.status).toBe(200);
    expect(form.text).toContain('Överenskommelse om samverkan');
    expect(form.text).toContain('Medborgarlöfte');

    const landing = await share(kungalvPolice.token, {
      title: 'Överenskommelse om samverkan för ökad trygghet i Kungälv 2024–2026',
      municipalityCode: '1482',
      kind: 'collaboration-agreement',
      year: '2024',
    });
    expect(landing).toMatch(/\?uploaded=[0-9a-f-]+#documents$/);

    const seen = await html(await platform.app.request(pageOf(alingsasCoordinator.token)));
    expect(seen.text).toContain('Gruppens dokument');
    expect(seen.text).toMatch(/<h3>Kungälv <span class="hint">\(1 dokument\)<\/span><\/h3>/);
    expect(seen.text).toContain('Överenskommelse om samverkan för ökad trygghet i Kungälv 2024–2026');
    expect(seen.text).toContain('Överenskommelse om samverkan, 2024');
    // Kungälv's own team shared it: no need to say who.
    // Another team's document: no button that removes it.
    expect(seen.text).not.toContain('/remove');
    downloadPath = seen.text.match(/href="(\/groups\/[^"]+\/documents\/[0-9a-f-]{36})"/)?.[1] ?? '';
    expect(downloadPath).not.toBe('');

    const fetched = await platform.app.request(downloadPath);
    expect(fetched.status).toBe(303);
    const file = await fetch(fetched.headers.get('location') ?? '');
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF_BYTES);

    // Their organisers see it too, in the group's workspace.
    const cookie = await signedInOrganiser(
      platform,
      'samordnare@lansstyrelsen.se',
      'lansstyrelsen-vg',
      'viewer',
    );
    const tab = await html(
      await asOrganiser(platform, cookie).get(`/organiser/events/${group.id}/documents`),
    );
    expect(tab.status).toBe(200);
    expect(tab.text).toContain('Överenskommelse om samverkan för ökad trygghet i Kungälv 2024–2026');
  });

  it('are fetched by nobody outside the group, even with the address of the file', async () => {
    const fileId = downloadPath.split('/').at(-1) ?? '';
    // A member of another group, with the file's id.
    expect((await platform.app.request(`${pageOf(outsider.token)}/documents/${fileId}`)).status).toBe(404);
    // A made-up link.
    expect((await platform.app.request(`/groups/${'x'.repeat(43)}/documents/${fileId}`)).status).toBe(404);
    // Another organisation's organisers.
    const cookie = await signedInOrganiser(platform, 'konferens.dokument@skr.se', 'skr', 'admin');
    const other = await asOrganiser(platform, cookie).get(
      `/organiser/events/${group.id}/documents/${fileId}/download`,
    );
    expect([403, 404]).toContain(other.status);
    // The storage's own address, passed on: it works for the minutes it was made for, then never again.
    const signed = (await platform.app.request(downloadPath)).headers.get('location') ?? '';
    platform.setNow(new Date(Date.parse(NOW) + 6 * 60_000).toISOString());
    expect((await fetch(signed)).status).toBe(403);
    // Without its signature it never worked.
    expect((await fetch(signed.split('?')[0] ?? '')).status).toBe(403);
    platform.setNow(NOW);
  });

  it('are removed by their own team only, file and all', async () => {
    const removeOwn = `${downloadPath.replace(alingsasCoordinator.token, kungalvCoordinator.token)}/remove`;
    const removeOther = `${downloadPath.replace(alingsasCoordinator.token, alingsasCoordinator.token)}/remove`;
    const refused = await postForm(platform.app, removeOther, {});
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('Bara teamet som laddade upp dokumentet kan ta bort det.');
    expect((await platform.app.request(downloadPath)).status).toBe(303);

    const signed = (await platform.app.request(downloadPath)).headers.get('location') ?? '';
    const removed = await postForm(platform.app, removeOwn, {});
    expect(removed.status).toBe(303);
    expect(await listGroupDocuments(platform.table, group.id)).toEqual([]);
    expect((await fetch(signed)).status).toBe(404);
  });

  it("go with the group's retention: erasure deletes the records and the files", async () => {
    // Alingsås' team shares a plan that concerns Kungälv: listed under Kungälv, saying who shared it.
    await share(alingsasCoordinator.token, {
      title: 'Handlingsplan mot motorburen problematik',
      municipalityCode: '1482',
      kind: 'action-plan',
      year: '2027',
    });
    const [kept] = await listGroupDocuments(platform.table, group.id);
    expect(kept).toMatchObject({ status: 'ready', teamCode: '1489', municipality: 'Kungälv' });
    expect(await (await platform.app.request(pageOf(kungalvPolice.token))).text()).toContain(
      'Handlingsplan, 2027 · PDF, 1 kB · Delat av Alingsås',
    );
    const key = `group-documents/${group.id}/${kept?.id}.pdf`;
    expect(await platform.files.inspect(key, 8)).toBeDefined();

    platform.setNow('2031-01-01T00:00:00.000Z');
    await eraseExpiredPersonalData(platform.context);
    platform.setNow(NOW);
    expect(await listGroupDocuments(platform.table, group.id)).toEqual([]);
    expect(await platform.files.inspect(key, 8)).toBeUndefined();
  });
});
