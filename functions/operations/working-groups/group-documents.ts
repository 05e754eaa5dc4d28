import { randomUUID } from 'node:crypto';
import { FILE_FOLDERS, type UploadForm } from '#context/file-storage.ts';
import type { JobContext } from '#context/job-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { GroupDocument } from '#shared/domain/group-document.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { FILE_KINDS, type UploadRefusal } from '#shared/files/file-kinds.ts';
import type { GroupDocumentDetails } from '#shared/working-group/group-document-form.ts';
import { getGroupDocument, listGroupDocuments } from '#store/entities/group-document.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import {
  deleteGroupDocument,
  markGroupDocumentReady,
  putPendingGroupDocument,
} from '#store/transactions/group-documents.ts';
import { downloadAddress, filesOf, finishUpload, uploadFormFor, uploadTimes } from '../files/file-uploads.ts';

/** The group's folder in the file storage: erasing the group empties it in one sweep. */
const folderOf = (eventId: string) => `${FILE_FOLDERS.groupDocuments}${eventId}/`;
const objectKeyOf = ({ eventId, id, fileKind }: Pick<GroupDocument, 'eventId' | 'id' | 'fileKind'>) =>
  `${folderOf(eventId)}${id}.${FILE_KINDS[fileKind].extension}`;

/** When the group's personal data, and with it its documents, is erased. */
async function groupErasureTime(context: JobContext, event: EventRecord): Promise<number> {
  const organisation = await getOrganisation(context.table, event.organisationId);
  return erasureTimes(event, { retentionDays: organisation?.retentionDays ?? 0 }).expiresAt;
}

/**
 * The first step of sharing a document: records it as pending for the member's team and hands out the signed form
 * that sends the file to the storage, which sends the browser on to `returnTo(fileId)`.
 */
export async function startGroupDocumentUpload(
  context: JobContext,
  event: EventRecord,
  member: GroupMember,
  details: GroupDocumentDetails & { municipality: string },
  returnTo: (fileId: string) => string,
): Promise<{ document: GroupDocument; form: UploadForm }> {
  const { pendingExpiresAt, ...times } = uploadTimes(context.clock());
  const document: GroupDocument = {
    eventId: event.id,
    id: randomUUID(),
    ...details,
    status: 'pending',
    teamCode: member.municipalityCode,
    ...times,
  };
  await putPendingGroupDocument(
    context.table,
    document,
    Math.min(pendingExpiresAt, await groupErasureTime(context, event)),
  );
  const form = await uploadFormFor(context, {
    key: objectKeyOf(document),
    kind: document.fileKind,
    returnTo: returnTo(document.id),
  });
  return { document, form };
}

export type GroupDocumentUpload =
  | { kind: 'ready'; document: GroupDocument }
  | { kind: 'refused'; refusal: UploadRefusal }
  | { kind: 'unknown' };

/**
 * The storage has sent the browser back: the file is checked and, if it is what was asked for, listed until the
 * group's erasure. A document listed already stays as it is; one that fails its checks is deleted with its record.
 */
export async function finishGroupDocumentUpload(
  context: JobContext,
  event: EventRecord,
  fileId: string,
): Promise<GroupDocumentUpload> {
  const document = await getGroupDocument(context.table, event.id, fileId);
  if (!document) return { kind: 'unknown' };
  const upload = await finishUpload(context, document, {
    key: objectKeyOf(document),
    markReady: async (size) =>
      markGroupDocumentReady(context.table, document, size, await groupErasureTime(context, event)),
    remove: () => deleteGroupDocument(context.table, document),
  });
  return upload.kind === 'ready' ? { kind: 'ready', document: upload.file } : upload;
}

/** The group's documents that have arrived. */
export async function readyGroupDocuments(context: JobContext, eventId: string): Promise<GroupDocument[]> {
  return (await listGroupDocuments(context.table, eventId)).filter(({ status }) => status === 'ready');
}

/**
 * A short-lived address of one of the group's documents. The caller has checked that whoever asks is a member of
 * the group or one of its organisers: the address is made only then, and lasts minutes.
 */
export async function groupDocumentDownload(
  context: JobContext,
  eventId: string,
  fileId: string,
): Promise<string | undefined> {
  const document = await getGroupDocument(context.table, eventId, fileId);
  if (document?.status !== 'ready') return undefined;
  return downloadAddress(context, {
    key: objectKeyOf(document),
    title: document.title,
    kind: document.fileKind,
  });
}

/** Removes a document its own team shared, file first; another team's is refused. Gone already counts as removed. */
export async function removeGroupDocument(
  context: JobContext,
  member: GroupMember,
  fileId: string,
): Promise<{ kind: 'removed'; title?: string } | { kind: 'not-your-team' }> {
  const document = await getGroupDocument(context.table, member.eventId, fileId);
  if (!document) return { kind: 'removed' };
  if (document.teamCode !== member.municipalityCode) return { kind: 'not-your-team' };
  await filesOf(context).remove(objectKeyOf(document));
  await deleteGroupDocument(context.table, document);
  return { kind: 'removed', title: document.title };
}

/**
 * Deletes every file the group shared, for the retention job, before it erases the records: a run cut short between
 * the two finds the records still there and sweeps again.
 */
export function eraseGroupDocumentFiles(context: JobContext, eventId: string): Promise<void> {
  return filesOf(context).removeAll(folderOf(eventId));
}
