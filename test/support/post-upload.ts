import type { UploadForm } from '#context/file-storage.ts';

/** Posts a file through an upload form as a browser does: the form's fields, then the file, without following the redirect. */
export function postUpload(
  form: UploadForm,
  file: { name: string; bytes: Uint8Array; type: string },
  changes: Record<string, string> = {},
): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...form.fields, ...changes })) body.append(name, value);
  body.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return fetch(form.action, { method: 'POST', body, redirect: 'manual' });
}

/** A small file that starts as a PDF does. */
export const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n% Träffpunkt test\n%%EOF\n');
/** A Windows program: it starts with `MZ`, whatever it is called. */
export const EXE_BYTES = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
