import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PDF_FONT_FILES, type PdfFonts } from '#context/pdf-fonts.ts';

const require = createRequire(import.meta.url);

/** The PDF fonts from the installed dejavu-fonts-ttf package, read once. */
export function installedPdfFonts(): () => Promise<PdfFonts> {
  let fonts: Promise<PdfFonts> | undefined;
  const read = (file: string) =>
    readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)).then((bytes) => new Uint8Array(bytes));
  return () => {
    fonts ??= Promise.all([read(PDF_FONT_FILES.regular), read(PDF_FONT_FILES.bold)]).then(
      ([regular, bold]) => ({ regular, bold }),
    );
    return fonts;
  };
}
