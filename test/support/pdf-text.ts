import { execFile } from 'node:child_process';

/**
 * The text of a PDF as Debian's poppler-utils reads it (`pdftotext`): what a reader copies out of the file, so it
 * shows whether the embedded fonts map each glyph back to the right letter (å, ä, ö, æ, ø).
 */
export function pdfText(pdf: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('pdftotext', ['-enc', 'UTF-8', '-', '-'], (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin?.end(Buffer.from(pdf));
  });
}
