import { readFile } from 'node:fs/promises';
import { PDF_FONT_FILES, type PdfFonts } from '#context/pdf-fonts.ts';

/** The PDF fonts a bundle carries beside its code (copied there when it is built), read once. */
export function bundledPdfFonts(): () => Promise<PdfFonts> {
  let fonts: Promise<PdfFonts> | undefined;
  const read = (file: string) =>
    readFile(new URL(`./${file}`, import.meta.url)).then((bytes) => new Uint8Array(bytes));
  return () => {
    fonts ??= Promise.all([read(PDF_FONT_FILES.regular), read(PDF_FONT_FILES.bold)]).then(
      ([regular, bold]) => ({ regular, bold }),
    );
    return fonts;
  };
}
