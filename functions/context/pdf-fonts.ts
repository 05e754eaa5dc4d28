/**
 * The font PDFs are written in, embedded in every file so å, ä, ö, æ and ø show and can be copied out: DejaVu Sans
 * (the npm package dejavu-fonts-ttf). Locally it is read from node_modules; a Lambda bundle carries the two files
 * beside its code (`besideCode` in `infra/web-api.ts`), since a bundle has no node_modules.
 */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const PDF_FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
