import { afterAll, describe, expect, it } from 'vitest';
import type { FileStorage } from '#context/file-storage.ts';
import type { JobContext } from '#context/job-context.ts';
import {
  finishPresentationUpload,
  presentationDownload,
  startPresentationUpload,
} from '#operations/presentations/session-presentations.ts';
import { MAX_FILE_BYTES } from '#shared/files/file-kinds.ts';
import { listPresentations } from '#store/entities/presentation.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { EXE_BYTES, PDF_BYTES, postUpload } from '#test/support/post-upload.ts';
import { s3rverStorage } from '#test/support/s3rver-storage.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00.000Z';
const platform = await createTestPlatform(NOW);
afterAll(() => platform.stop());
const event = await putTrygghetsdag(platform.table, 'uploads');
const slotId =
  (await getEventPage(platform.table, event.id))?.slots.find(({ kind }) => kind === 'talk')?.id ?? '';

const storages: [string, FileStorage][] = [
  ['the S3 storage against s3rver', await s3rverStorage()],
  ['the local storage', platform.files],
];

describe.each(storages)('uploads to %s', (_, files) => {
  const context: JobContext = { ...platform.context, files };
  const start = (title: string) => {
    platform.setNow(NOW);
    return startPresentationUpload(
      context,
      event,
      { slotId, title, visibility: 'participants', fileKind: 'pdf' },
      'organiser',
      (fileId) => `http://traffpunkt.test/organiser/events/${event.id}/presentations/${fileId}/uploaded`,
    );
  };
  const listed = async () =>
    (await listPresentations(platform.table, event.id)).filter(({ status }) => status === 'ready');

  it('signs a form for one PDF of at most 50 MB that sends the browser back, and takes a PDF', async () => {
    const { presentation, form } = await start('Öppna drogscener');
    const answer = await postUpload(form, { name: 'bilder.pdf', bytes: PDF_BYTES, type: 'application/pdf' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toContain(`/presentations/${presentation.id}/uploaded`);
    const outcome = await finishPresentationUpload(context, event.id, presentation.id);
    expect(outcome).toMatchObject({ kind: 'ready', presentation: { size: PDF_BYTES.length } });

    const url = await presentationDownload(context, event.id, presentation.id, 'participant');
    const download = await fetch(url ?? '');
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF_BYTES);
    expect(download.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''%C3%96ppna%20drogscener.pdf",
    );
    // Participants' files are nobody else's: the public gets no address for it.
    expect(await presentationDownload(context, event.id, presentation.id, 'public')).toBeUndefined();
  });

  it('refuses a 60 MB file, and records and keeps nothing', async () => {
    const before = await listed();
    const { presentation, form } = await start('För stor');
    const big = new Uint8Array(60 * 1024 * 1024);
    big.set(PDF_BYTES);
    const answer = await postUpload(form, { name: 'stor.pdf', bytes: big, type: 'application/pdf' });
    if (answer.status === 303) {
      // s3rver takes it: the check on arrival refuses it.
      expect(answer.headers.get('location')).toContain(presentation.id);
    } else {
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain('EntityTooLarge');
    }
    expect(await finishPresentationUpload(context, event.id, presentation.id)).toMatchObject({
      kind: 'refused',
      refusal: answer.status === 303 ? 'too-large' : 'missing',
    });
    expect(await files.inspect(`presentations/${event.id}/${presentation.id}.pdf`, 8)).toBeUndefined();
    expect(await listed()).toEqual(before);
    expect(big.length).toBeGreaterThan(MAX_FILE_BYTES);
  });

  it('refuses an .exe, whether sent as what it is or as a PDF', async () => {
    const before = await listed();
    const asItIs = await start('Program');
    const answer = await postUpload(
      asItIs.form,
      { name: 'setup.exe', bytes: EXE_BYTES, type: 'application/x-msdownload' },
      { 'Content-Type': 'application/x-msdownload' },
    );
    // S3 and the local storage refuse a content type the policy does not name; s3rver stores it.
    expect([303, 403]).toContain(answer.status);
    const asPdf = await start('Program som PDF');
    expect(
      (await postUpload(asPdf.form, { name: 'setup.pdf', bytes: EXE_BYTES, type: 'application/pdf' })).status,
    ).toBe(303);
    expect(await finishPresentationUpload(context, event.id, asPdf.presentation.id)).toMatchObject({
      kind: 'refused',
      refusal: 'wrong-kind',
    });
    expect(await finishPresentationUpload(context, event.id, asItIs.presentation.id)).toMatchObject({
      kind: 'refused',
      refusal: answer.status === 303 ? 'wrong-kind' : 'missing',
    });
    expect(await listed()).toEqual(before);
  });

  it('refuses a file sent with a form that has expired', async () => {
    const before = await listed();
    const { presentation, form } = await start('För sent');
    platform.setNow('2026-11-22T11:00:00.000Z');
    const answer = await postUpload(form, { name: 'sent.pdf', bytes: PDF_BYTES, type: 'application/pdf' });
    // The local storage refuses the expired form at once; s3rver takes it (S3 would not), and the check refuses it.
    if (answer.status !== 303) expect(await answer.text()).toContain('Policy expired');
    expect(await finishPresentationUpload(context, event.id, presentation.id)).toMatchObject({
      kind: 'refused',
      refusal: 'expired',
    });
    expect(await files.inspect(`presentations/${event.id}/${presentation.id}.pdf`, 8)).toBeUndefined();
    expect(await listed()).toEqual(before);
  });
});

describe('the S3 upload form', () => {
  it('carries a policy S3 enforces: the key, one content type, 1 byte to 50 MB, the redirect, the unchecked tag, 15 minutes', async () => {
    const [, s3] = storages[0] as [string, FileStorage];
    const form = await s3.uploadForm({
      key: 'presentations/x/y.pdf',
      contentType: 'application/pdf',
      maxBytes: MAX_FILE_BYTES,
      expiresInSeconds: 900,
      returnTo: 'http://traffpunkt.test/back',
    });
    const policy = JSON.parse(Buffer.from(form.fields.Policy ?? '', 'base64').toString('utf8'));
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', 1, MAX_FILE_BYTES],
        ['eq', '$Content-Type', 'application/pdf'],
        ['eq', '$success_action_redirect', 'http://traffpunkt.test/back'],
        // The bucket's lifecycle rule deletes what keeps this tag: the check on arrival lifts it.
        [
          'eq',
          '$tagging',
          '<Tagging><TagSet><Tag><Key>upload</Key><Value>unchecked</Value></Tag></TagSet></Tagging>',
        ],
        { key: 'presentations/x/y.pdf' },
      ]),
    );
    const minutes = (Date.parse(policy.expiration) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });
});
