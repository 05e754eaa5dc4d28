import type { FileStorage, UploadForm } from '#context/file-storage.ts';
import type { JobContext } from '#context/job-context.ts';
import {
  downloadName,
  FILE_KINDS,
  type FileKind,
  MAX_FILE_BYTES,
  refusalOf,
  SIGNATURE_BYTES,
  type UploadRefusal,
} from '#shared/files/file-kinds.ts';

/** Long enough to pick a file and send 50 MB over a slow line; short enough that a leaked form is soon worthless. */
export const UPLOAD_FORM_SECONDS = 15 * 60;
/** A download address is made for each click: it need only last until the browser has fetched the file. */
export const DOWNLOAD_SECONDS = 5 * 60;
/**
 * How long after its form expires a file may still be recorded: S3 checks the expiry when the upload begins, and
 * 50 MB begun a minute before may take a while to arrive.
 */
export const ARRIVAL_GRACE_SECONDS = 30 * 60;
/** How long a record of a file whose form was handed out waits for the file before the table forgets it. */
export const PENDING_UPLOAD_SECONDS = 24 * 3600;

/** A file's record as far as its upload goes, whatever the file belongs to (a session, a working group). */
interface UploadRecord {
  fileKind: FileKind;
  status: 'pending' | 'ready';
  uploadExpiresAt: string;
  size?: number;
}

/**
 * The times of an upload begun `now`: the record's creation, the expiry of its form, and when the table forgets the
 * record should the file never arrive (`pendingExpiresAt`, epoch seconds).
 */
export function uploadTimes(now: Date): {
  createdAt: string;
  uploadExpiresAt: string;
  pendingExpiresAt: number;
} {
  return {
    createdAt: now.toISOString(),
    uploadExpiresAt: new Date(now.getTime() + UPLOAD_FORM_SECONDS * 1000).toISOString(),
    pendingExpiresAt: Math.floor(now.getTime() / 1000) + PENDING_UPLOAD_SECONDS,
  };
}

/** The storage the entry handed down; the platforms that serve pages all do. */
export function filesOf(context: JobContext): FileStorage {
  if (!context.files) throw new Error('this platform was started without file storage');
  return context.files;
}

/** The signed form for one file of `kind` under `key`, sending the browser to `returnTo` once it is stored. */
export function uploadFormFor(
  context: JobContext,
  upload: { key: string; kind: FileKind; returnTo: string },
): Promise<UploadForm> {
  return filesOf(context).uploadForm({
    key: upload.key,
    contentType: FILE_KINDS[upload.kind].contentType,
    maxBytes: MAX_FILE_BYTES,
    expiresInSeconds: UPLOAD_FORM_SECONDS,
    returnTo: upload.returnTo,
  });
}

/**
 * Checks a file that has arrived before anything records it: that its form had not expired, and that it is what was
 * asked for (size, content type, first bytes). S3 refuses the first ones at the door already; this check stands
 * behind the policy, and is the only one against storages that take any POST (s3rver). A refused file is deleted.
 */
async function checkArrivedFile(
  context: JobContext,
  upload: { key: string; kind: FileKind; uploadExpiresAt: string },
): Promise<{ ok: true; size: number } | { ok: false; refusal: UploadRefusal }> {
  const files = filesOf(context);
  const lastArrival = Date.parse(upload.uploadExpiresAt) + ARRIVAL_GRACE_SECONDS * 1000;
  if (context.clock().getTime() > lastArrival) {
    await files.remove(upload.key);
    return { ok: false, refusal: 'expired' };
  }
  const stored = await files.inspect(upload.key, SIGNATURE_BYTES);
  if (!stored) return { ok: false, refusal: 'missing' };
  const refusal = refusalOf(upload.kind, stored);
  if (refusal) {
    await files.remove(upload.key);
    return { ok: false, refusal };
  }
  await files.markChecked(upload.key);
  return { ok: true, size: stored.size };
}

/**
 * The storage has sent the browser back from the upload of `file`, kept under `key`: a file recorded as ready
 * already (the page reloaded) stays as it is; a pending one is checked, then marked ready, or forgotten (`remove`)
 * when it fails its checks.
 */
export async function finishUpload<Recorded extends UploadRecord>(
  context: JobContext,
  file: Recorded,
  record: { key: string; markReady: (size: number) => Promise<unknown>; remove: () => Promise<unknown> },
): Promise<{ kind: 'ready'; file: Recorded } | { kind: 'refused'; refusal: UploadRefusal }> {
  if (file.status === 'ready') return { kind: 'ready', file };
  const checked = await checkArrivedFile(context, {
    key: record.key,
    kind: file.fileKind,
    uploadExpiresAt: file.uploadExpiresAt,
  });
  if (!checked.ok) {
    await record.remove();
    return { kind: 'refused', refusal: checked.refusal };
  }
  await record.markReady(checked.size);
  return { kind: 'ready', file: { ...file, status: 'ready', size: checked.size } };
}

/** A short-lived address that downloads the file under its title. */
export function downloadAddress(
  context: JobContext,
  file: { key: string; title: string; kind: FileKind },
): Promise<string> {
  return filesOf(context).downloadUrl({
    key: file.key,
    fileName: downloadName(file.title, file.kind),
    contentType: FILE_KINDS[file.kind].contentType,
    expiresInSeconds: DOWNLOAD_SECONDS,
  });
}
