import type { JobContext } from '#context/job-context.ts';
import { POLICE_PRESENTATION } from '#shared/demo/police-presentation.ts';
import { eventExists } from '#store/entities/event.ts';
import { getPresentation } from '#store/entities/presentation.ts';
import { textPdf } from '../pdf/text-pdf.ts';
import { storeOwnPresentation } from '../presentations/session-presentations.ts';

/**
 * Puts the seed's police presentation on its session of Trygghetsdag 2022, as a PDF written with the library and
 * fonts of the certificates: its title, then each slide under its number. Skipped when the event is not loaded or
 * the file is there already, so `npm start` may run it every time. Returns whether it stored the file.
 */
export async function loadDemoPresentation(context: JobContext): Promise<boolean> {
  const { eventId, slotId, fileId, title, slides } = POLICE_PRESENTATION;
  if (!(await eventExists(context.table, eventId))) return false;
  if (await getPresentation(context.table, eventId, fileId)) return false;
  if (!context.pdfFonts) throw new Error('this platform was started without the PDF fonts');
  const pdf = await textPdf(await context.pdfFonts(), {
    title,
    language: 'sv',
    paragraphs: [
      { text: title, size: 22, bold: true, space: 40 },
      { text: 'Polismyndigheten', size: 13, space: 10 },
      ...slides.flatMap((text, index) => [
        { text: `Bild ${index + 2}`, size: 12, bold: true, space: 22 },
        { text, size: 11, space: 4 },
      ]),
    ],
  });
  await storeOwnPresentation(
    context,
    {
      eventId,
      id: fileId,
      slotId,
      title,
      // The police published the deck themselves: anyone reading the event's page may fetch it.
      visibility: 'public',
      fileKind: 'pdf',
      uploadedBy: 'speaker',
      createdAt: context.clock().toISOString(),
    },
    pdf,
  );
  return true;
}
