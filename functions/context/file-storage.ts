/**
 * Where uploaded files live: an S3 bucket in AWS (`functions/files/s3-file-storage.ts`), a folder under .data/ with a
 * small server of its own locally (`functions/local/local-file-storage.ts`). Browsers send files straight to it
 * through a signed form, never through the app (a Lambda takes at most 6 MB), and fetch them through short-lived
 * signed addresses; nothing in it is public.
 */
/** The folders of the storage the app writes to; in AWS its functions may touch nothing else (`infra/file-bucket.ts`). */
export const FILE_FOLDERS = { presentations: 'presentations/', groupDocuments: 'group-documents/' } as const;

export interface FileStorage {
  /** The origin upload forms post to: the pages' form-action allows it. */
  readonly uploadOrigin: string;
  /** A signed form for one file: only `contentType`, at most `maxBytes`, only under `key`, only until it expires. */
  uploadForm(request: UploadRequest): Promise<UploadForm>;
  /** What is stored under `key`, with its first bytes, or undefined when nothing is. */
  inspect(key: string, firstBytes: number): Promise<StoredObject | undefined>;
  /** Keeps an upload the app has checked and recorded: the storage's sweep of abandoned uploads passes it by. */
  markChecked(key: string): Promise<void>;
  /** A signed address that downloads the file under `fileName` until it expires. */
  downloadUrl(request: DownloadRequest): Promise<string>;
  /** Stores a file the platform made itself (the demo's presentation). */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Deletes every file whose key starts with `prefix`. */
  removeAll(prefix: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface UploadRequest {
  key: string;
  contentType: string;
  maxBytes: number;
  expiresInSeconds: number;
  /** Where the browser is sent once the file is stored: the app's page that checks it and records it. */
  returnTo: string;
}

/** What the page's form holds: where it posts, and its hidden fields; the file goes last, in the field `file`. */
export interface UploadForm {
  action: string;
  fields: Record<string, string>;
}

export interface StoredObject {
  size: number;
  contentType: string;
  firstBytes: Uint8Array;
}

export interface DownloadRequest {
  key: string;
  fileName: string;
  contentType: string;
  expiresInSeconds: number;
}
