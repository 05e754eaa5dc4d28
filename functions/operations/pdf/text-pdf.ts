import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, rgb } from 'pdf-lib';
import type { PdfFonts } from '#context/pdf-fonts.ts';
import type { Language } from '#shared/domain/event.ts';

/** One paragraph of a text PDF: wrapped to the page, in the regular or the bold font. */
export interface PdfParagraph {
  text: string;
  size: number;
  bold?: boolean;
  centred?: boolean;
  /** Space above it, in points. */
  space?: number;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 64;
const LINE_HEIGHT = 1.35;

/** The words of `text` as lines no wider than `width` at `size`; a word wider than the line stands alone. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraphLine of text.split('\n')) {
    let line = '';
    for (const word of paragraphLine.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A PDF of paragraphs on A4 pages, in DejaVu Sans embedded as a subset (only the letters used, so a certificate is
 * a few kilobytes; the subset keeps its map back to Unicode, so copied or extracted text reads as written). Its title
 * and language are set for screen readers; its dates are left out, so the same text gives the same file.
 */
export async function textPdf(
  fonts: PdfFonts,
  document: { title: string; language: Language; paragraphs: PdfParagraph[] },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  pdf.setTitle(document.title, { showInWindowTitleBar: true });
  pdf.setLanguage(document.language);
  pdf.setProducer('Träffpunkt');
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const width = A4.width - 2 * MARGIN;
  let page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  for (const paragraph of document.paragraphs) {
    const font = paragraph.bold ? bold : regular;
    y -= paragraph.space ?? 0;
    for (const line of wrap(paragraph.text, font, paragraph.size, width)) {
      const height = paragraph.size * LINE_HEIGHT;
      if (y - height < MARGIN) {
        page = pdf.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      y -= height;
      const lineWidth = font.widthOfTextAtSize(line, paragraph.size);
      page.drawText(line, {
        x: paragraph.centred ? MARGIN + (width - lineWidth) / 2 : MARGIN,
        y,
        size: paragraph.size,
        font,
        color: rgb(0.1, 0.1, 0.1),
      });
    }
  }
  return pdf.save();
}
