/**
 * The files sessions and working groups share: presentations and documents as PDF, PowerPoint, Word or Excel, and pictures.
 * Only these are ever signed for upload (the content type is fixed in each upload form), and a file that arrives is
 * checked by its first bytes as well, since a browser sends whatever the person picked under any name.
 */
export const FILE_KINDS = {
  pdf: { contentType: 'application/pdf', extension: 'pdf', signatures: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
    // Office Open XML files are ZIP packages.
    signatures: [[0x50, 0x4b, 0x03, 0x04]],
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    signatures: [[0x50, 0x4b, 0x03, 0x04]],
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    signatures: [[0x50, 0x4b, 0x03, 0x04]],
  },
  jpeg: { contentType: 'image/jpeg', extension: 'jpg', signatures: [[0xff, 0xd8, 0xff]] },
  png: {
    contentType: 'image/png',
    extension: 'png',
    signatures: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

export const FILE_KIND_NAMES = Object.keys(FILE_KINDS) as FileKind[];

/** The largest file anyone may upload: a long slide deck with pictures stays well below it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** How many leading bytes the checks read: the longest signature above. */
export const SIGNATURE_BYTES = 8;

export const isFileKind = (value: unknown): value is FileKind =>
  typeof value === 'string' && Object.hasOwn(FILE_KINDS, value);

/** Whether a file's first bytes are those of its kind: an .exe sent as a PDF starts with `MZ`, not `%PDF-`. */
export function startsLike(kind: FileKind, firstBytes: Uint8Array): boolean {
  return FILE_KINDS[kind].signatures.some((signature) =>
    signature.every((byte, index) => firstBytes[index] === byte),
  );
}

/** Why an uploaded file was not taken; each has a message in the uploader's language. */
export const UPLOAD_REFUSALS = ['missing', 'too-large', 'empty', 'wrong-kind', 'expired'] as const;
export type UploadRefusal = (typeof UPLOAD_REFUSALS)[number];

export const isUploadRefusal = (value: unknown): value is UploadRefusal =>
  typeof value === 'string' && (UPLOAD_REFUSALS as readonly string[]).includes(value);

/** What an arrived file must be: its kind's content type and first bytes, and between 1 byte and the limit. */
export function refusalOf(
  kind: FileKind,
  stored: { size: number; contentType: string; firstBytes: Uint8Array },
): UploadRefusal | undefined {
  if (stored.size > MAX_FILE_BYTES) return 'too-large';
  if (stored.size === 0) return 'empty';
  if (stored.contentType !== FILE_KINDS[kind].contentType || !startsLike(kind, stored.firstBytes))
    return 'wrong-kind';
  return undefined;
}

/** A download's file name: the title's letters and digits (å, ä, ö, æ, ø kept), and the kind's extension. */
export function downloadName(title: string, kind: FileKind): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'fil'}.${FILE_KINDS[kind].extension}`;
}
