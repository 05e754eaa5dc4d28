import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { notFound } from '#http/not-found.tsx';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import { checkCertificate, participantCertificate } from '#operations/certificates/certificates.ts';
import { openBooking } from '#operations/participants/manage-registration.ts';
import { looksLikeCertificateNumber, typedCertificateNumber } from '#shared/domain/certificate.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';
import { certificatePath } from '#shared/public-urls.ts';
import { getPublicEvent } from '#store/entities/event.ts';
import { CertificateCheckPage } from '#web/pages/certificate-check-page.tsx';

/**
 * Certificates outside the workspace: a checked-in participant's own, under their manage link, and the public
 * check of a number, which tells only whether it is genuine, and for whom and which event.
 */
export function publicCertificateRoutes(context: AppContext): Hono {
  const routes = new Hono();
  const showMailbox = context.showMailbox === true;

  const manage = new Hono();
  manage.use(secretLinkHeaders);
  manage.get('/:token/certificate.pdf', async (c) => {
    const booking = await openBooking(context, c.req.param('token'));
    if (!booking || 'replaced' in booking) return notFound(c);
    const certificate = await participantCertificate(context, booking.page, booking.registration);
    if (!certificate) return notFound(c, readerLanguage(c, booking.page.event.language));
    return c.body(new Uint8Array(certificate.pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': attachmentDisposition(certificate.fileName),
    });
  });
  routes.route('/manage', manage);

  routes.get('/certificates', (c) => {
    const typed = c.req.query('number');
    const language = readerLanguage(c);
    if (typed === undefined)
      return c.html(
        <CertificateCheckPage language={language} check={{ kind: 'asking' }} showMailbox={showMailbox} />,
      );
    const number = typedCertificateNumber(typed);
    if (looksLikeCertificateNumber(number)) return c.redirect(certificatePath(number), 303);
    return c.html(
      <CertificateCheckPage
        language={language}
        check={{ kind: 'malformed', number }}
        showMailbox={showMailbox}
      />,
      400,
    );
  });

  routes.get('/certificates/:number', async (c) => {
    const number = c.req.param('number');
    const found = looksLikeCertificateNumber(number) ? await checkCertificate(context, number) : undefined;
    const event = found && (await getPublicEvent(context.table, found.eventId));
    if (!found || !event)
      return c.html(
        <CertificateCheckPage
          language={readerLanguage(c)}
          check={{ kind: 'unknown', number }}
          showMailbox={showMailbox}
        />,
        404,
      );
    return c.html(
      <CertificateCheckPage
        language={readerLanguage(c, event.language)}
        check={{ kind: 'genuine', number, name: found.name, eventTitle: event.title }}
        showMailbox={showMailbox}
      />,
    );
  });

  return routes;
}
