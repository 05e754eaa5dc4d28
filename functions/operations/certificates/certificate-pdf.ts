import type { PdfFonts } from '#context/pdf-fonts.ts';
import type { Certificate } from '#shared/domain/certificate.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { eventWhen } from '#shared/event-when.ts';
import { certificateMessagesFor } from '#shared/i18n/certificate-messages.ts';
import { programmeMinutes } from '#shared/programme/programme-hours.ts';
import { certificateUrl } from '#shared/public-urls.ts';
import { formatDate } from '#shared/time.ts';
import { textPdf } from '../pdf/text-pdf.ts';

/**
 * The certificate as a PDF in the event's language: who, which event, when (in its zone), how long its programme
 * was, who organised it, its number and where to check it.
 */
export function certificatePdf(
  fonts: PdfFonts,
  certificate: Certificate,
  about: { event: EventRecord; slots: ProgrammeSlot[]; organisers: string[]; publicBaseUrl: string },
): Promise<Uint8Array> {
  const { event } = about;
  const language = event.language;
  const t = certificateMessagesFor(language);
  const minutes = programmeMinutes(event, about.slots);
  return textPdf(fonts, {
    title: `${t.documentTitle} – ${certificate.name}`,
    language,
    paragraphs: [
      { text: t.documentTitle, size: 26, bold: true, centred: true, space: 60 },
      { text: t.certifies, size: 13, centred: true, space: 48 },
      { text: certificate.name, size: 24, bold: true, centred: true, space: 14 },
      { text: t.tookPart, size: 13, centred: true, space: 14 },
      { text: event.title, size: 17, bold: true, centred: true, space: 10 },
      { text: t.when(eventWhen(event, language)), size: 12, space: 48 },
      { text: t.hours(Math.floor(minutes / 60), minutes % 60), size: 12, space: 6 },
      { text: t.organisers(about.organisers), size: 12, space: 6 },
      { text: t.number(certificate.number), size: 12, space: 36 },
      { text: t.issued(formatDate(certificate.issuedAt, event.timeZone, language)), size: 12, space: 6 },
      { text: t.check(certificateUrl(about.publicBaseUrl, certificate.number)), size: 10, space: 24 },
    ],
  });
}
