import { randomBytes } from 'node:crypto';
import type { JobContext } from '#context/job-context.ts';
import { type Certificate, certificateNumber, earnsCertificate } from '#shared/domain/certificate.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { downloadName } from '#shared/files/file-kinds.ts';
import { findCertificate, getCertificate } from '#store/entities/certificate.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { recentOrganisation } from '#store/reads/organisation-cache.ts';
import { putCertificateOnce, renameCertificate } from '#store/transactions/certificates.ts';
import { certificatePdf } from './certificate-pdf.ts';

/**
 * The registration's certificate: the one issued before (under the name the participant goes by now), or a new one
 * now. Two asking at once get the same: the second put finds the first and reads it back.
 */
async function certificateOf(
  context: JobContext,
  page: EventPage,
  registration: Registration,
): Promise<Certificate> {
  const issued = await getCertificate(context.table, page.event.id, registration.id);
  if (issued && issued.name !== registration.name) {
    const renamed = { ...issued, name: registration.name };
    await renameCertificate(context.table, renamed);
    return renamed;
  }
  if (issued) return issued;
  const organisation = await recentOrganisation(context.table, page.event.organisationId);
  const certificate: Certificate = {
    eventId: page.event.id,
    registrationId: registration.id,
    number: certificateNumber(randomBytes(10)),
    name: registration.name,
    issuedAt: context.clock().toISOString(),
  };
  const { expiresAt } = erasureTimes(page.event, { retentionDays: organisation?.retentionDays ?? 0 });
  if (await putCertificateOnce(context.table, certificate, expiresAt)) return certificate;
  return (await getCertificate(context.table, page.event.id, registration.id)) ?? certificate;
}

async function pdfOf(context: JobContext, page: EventPage, certificate: Certificate): Promise<Uint8Array> {
  if (!context.pdfFonts) throw new Error('this platform was started without the PDF fonts');
  const organisation = await recentOrganisation(context.table, page.event.organisationId);
  return certificatePdf(await context.pdfFonts(), certificate, {
    event: page.event,
    slots: page.slots,
    organisers: [organisation?.name ?? '', ...page.event.coOrganisers].filter(Boolean),
    publicBaseUrl: context.publicBaseUrl,
  });
}

/** A participant's own certificate as a PDF and its file name, or undefined for someone who was not checked in. */
export async function participantCertificate(
  context: JobContext,
  page: EventPage,
  registration: Registration,
): Promise<{ fileName: string; pdf: Uint8Array } | undefined> {
  if (!earnsCertificate(registration)) return undefined;
  const certificate = await certificateOf(context, page, registration);
  return { fileName: downloadName(certificate.name, 'pdf'), pdf: await pdfOf(context, page, certificate) };
}

/** Every checked-in participant's certificate, for the organisers' ZIP: one file each, named for the person. */
export async function allCertificates(
  context: JobContext,
  page: EventPage,
): Promise<{ path: string; content: Uint8Array }[]> {
  const earned = (await listRegistrations(context.table, page.event.id)).filter(earnsCertificate);
  const files = [];
  for (const registration of earned) {
    const certificate = await certificateOf(context, page, registration);
    files.push({
      path: downloadName(`${certificate.name} ${certificate.number}`, 'pdf'),
      content: await pdfOf(context, page, certificate),
    });
  }
  return files;
}

/** What the check page may say of a number: the name and the event, nothing more; undefined when none was issued. */
export async function checkCertificate(
  context: JobContext,
  number: string,
): Promise<{ name: string; eventId: string } | undefined> {
  const certificate = await findCertificate(context.table, number);
  return certificate && { name: certificate.name, eventId: certificate.eventId };
}
