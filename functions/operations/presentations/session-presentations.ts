import { randomUUID } from 'node:crypto';
import { FILE_FOLDERS, type UploadForm } from '#context/file-storage.ts';
import type { JobContext } from '#context/job-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Presentation, PresentationVisibility } from '#shared/domain/presentation.ts';
import { FILE_KINDS, type UploadRefusal } from '#shared/files/file-kinds.ts';
import type { PresentationDetails } from '#shared/files/presentation-form.ts';
import { getPresentation, listPresentations } from '#store/entities/presentation.ts';
import {
  changePresentationVisibility,
  deletePresentation,
  markPresentationReady,
  putPendingPresentation,
} from '#store/transactions/presentations.ts';
import { downloadAddress, filesOf, finishUpload, uploadFormFor, uploadTimes } from '../files/file-uploads.ts';

/** Where a session's file is kept: under its event, so the event's files are one prefix. */
const objectKeyOf = ({ eventId, id, fileKind }: Pick<Presentation, 'eventId' | 'id' | 'fileKind'>) =>
  `${FILE_FOLDERS.presentations}${eventId}/${id}.${FILE_KINDS[fileKind].extension}`;

/**
 * The first step of adding a file to a session: records it as pending and hands out the signed form that sends the
 * file to the storage, which sends the browser on to `returnTo(fileId)`, where `finishPresentationUpload` checks it.
 */
export async function startPresentationUpload(
  context: JobContext,
  event: EventRecord,
  details: PresentationDetails,
  uploadedBy: Presentation['uploadedBy'],
  returnTo: (fileId: string) => string,
): Promise<{ presentation: Presentation; form: UploadForm }> {
  const { pendingExpiresAt, ...times } = uploadTimes(context.clock());
  const presentation: Presentation = {
    eventId: event.id,
    id: randomUUID(),
    ...details,
    status: 'pending',
    uploadedBy,
    ...times,
  };
  await putPendingPresentation(context.table, presentation, pendingExpiresAt);
  const form = await uploadFormFor(context, {
    key: objectKeyOf(presentation),
    kind: presentation.fileKind,
    returnTo: returnTo(presentation.id),
  });
  return { presentation, form };
}

export type UploadOutcome =
  | { kind: 'ready'; presentation: Presentation }
  | { kind: 'refused'; presentation: Presentation; refusal: UploadRefusal }
  | { kind: 'unknown' };

/**
 * The storage has sent the browser back: the file is checked and, if it is what was asked for, listed. A file that
 * was listed already (the page reloaded) stays as it is; one that fails its checks is deleted and nothing is recorded.
 */
export async function finishPresentationUpload(
  context: JobContext,
  eventId: string,
  fileId: string,
): Promise<UploadOutcome> {
  const presentation = await getPresentation(context.table, eventId, fileId);
  if (!presentation) return { kind: 'unknown' };
  const upload = await finishUpload(context, presentation, {
    key: objectKeyOf(presentation),
    markReady: (size) => markPresentationReady(context.table, presentation, size),
    remove: () => deletePresentation(context.table, presentation),
  });
  return upload.kind === 'ready'
    ? { kind: 'ready', presentation: upload.file }
    : { kind: 'refused', presentation, refusal: upload.refusal };
}

/** The event's files that have arrived, oldest first. */
export async function readyPresentations(context: JobContext, eventId: string): Promise<Presentation[]> {
  return (await listPresentations(context.table, eventId)).filter(({ status }) => status === 'ready');
}

export function changeVisibility(
  context: JobContext,
  presentation: Presentation,
  visibility: PresentationVisibility,
): Promise<boolean> {
  return changePresentationVisibility(context.table, presentation, visibility);
}

/** Removes the file from the storage, then from the session. */
export async function removePresentation(context: JobContext, presentation: Presentation): Promise<void> {
  await filesOf(context).remove(objectKeyOf(presentation));
  await deletePresentation(context.table, presentation);
}

/** A ready file of the event, as the one who asks may fetch it: `participant` sees every file, the public only public ones. */
export async function presentationDownload(
  context: JobContext,
  eventId: string,
  fileId: string,
  reader: 'public' | 'participant' | 'organiser',
): Promise<string | undefined> {
  const presentation = await getPresentation(context.table, eventId, fileId);
  if (presentation?.status !== 'ready') return undefined;
  if (reader === 'public' && presentation.visibility !== 'public') return undefined;
  return downloadAddress(context, {
    key: objectKeyOf(presentation),
    title: presentation.title,
    kind: presentation.fileKind,
  });
}

/** Stores a file the platform made itself (the demo's presentation) as a ready presentation of the session. */
export async function storeOwnPresentation(
  context: JobContext,
  presentation: Omit<Presentation, 'status' | 'uploadExpiresAt' | 'size'>,
  bytes: Uint8Array,
): Promise<void> {
  const pending: Presentation = {
    ...presentation,
    status: 'pending',
    uploadExpiresAt: presentation.createdAt,
  };
  await filesOf(context).put(objectKeyOf(pending), bytes, FILE_KINDS[pending.fileKind].contentType);
  await putPendingPresentation(context.table, pending, Math.floor(context.clock().getTime() / 1000) + 60);
  await markPresentationReady(context.table, pending, bytes.length);
}
