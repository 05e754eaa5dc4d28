import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { allCertificates } from '#operations/certificates/certificates.ts';
import { earnsCertificate } from '#shared/domain/certificate.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';
import { certificateMessagesFor } from '#shared/i18n/certificate-messages.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { CertificatesPage } from '#web/pages/organiser/certificates-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';
import { zipArchive } from './zip-archive.ts';

/**
 * The organisers' side of certificates: the page, and every checked-in participant's certificate in one ZIP. Any
 * organiser of the event may download them (viewers too): issuing is no change of the event, a certificate is made
 * once, when first asked for, and says only what the check-in recorded.
 */
export function certificateRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  routes.get('/events/:eventId/certificates', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const registrations = await listRegistrations(context.table, event.id);
    return c.html(
      <CertificatesPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        checkedIn={registrations.filter(earnsCertificate).length}
      />,
    );
  });

  routes.get('/events/:eventId/certificates.zip', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const files = await allCertificates(context, access.page);
    return c.body(new Uint8Array(zipArchive(files)), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': attachmentDisposition(
        certificateMessagesFor(access.language).zipName(access.page.event.id),
      ),
    });
  });

  return routes;
}
