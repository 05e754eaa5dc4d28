import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { notFound } from '#http/not-found.tsx';
import {
  createEventInvoices,
  eventInvoicing,
  type InvoicingOutcome,
} from '#operations/invoicing/event-invoices.ts';
import { invoiceFileOf } from '#operations/invoicing/invoice-files.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';
import { invoiceMessagesFor } from '#shared/i18n/invoice-messages.ts';
import { invoiceBasis } from '#shared/invoicing/invoice-basis.ts';
import { csvTable } from '#shared/organiser/csv-table.ts';
import { xlsxParts } from '#shared/organiser/xlsx-parts.ts';
import { invoiceCopyHtml } from '#web/pages/organiser/invoice-copy.tsx';
import { InvoicesPage } from '#web/pages/organiser/invoices-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkspaceAccess, workspaceEventAccess } from './workspace-event-access.tsx';
import { zipArchive } from './zip-archive.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The printable copy carries its own style (it also travels as a file), so its page allows that and nothing else. */
const COPY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The event's Fakturor page: creating invoices (editors and admins of the owner organisation; each audited), and
 * every invoice and credit note as UBL, as a printable copy, all as a ZIP, and the invoice basis as CSV or XLSX
 * (every organiser of the event may read them).
 */
export function invoiceRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  async function page(
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    state: { notice?: string; refusal?: string } = {},
    status: 200 | 409 | 403 = 200,
  ) {
    const { event } = access.page;
    const invoicing = await eventInvoicing(context, event);
    const now = context.clock().toISOString();
    return c.html(
      <InvoicesPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        invoiced={invoicing.invoiced}
        hasSeller={invoicing.seller !== undefined}
        documents={invoicing.documents}
        uninvoiced={invoicing.uninvoiced}
        registrationClosed={event.registrationClosesAt === undefined || event.registrationClosesAt <= now}
        {...state}
      />,
      status,
    );
  }

  async function afterCreating(c: Context<OrganiserEnv>, access: WorkspaceAccess, outcome: InvoicingOutcome) {
    const t = invoiceMessagesFor(access.language).page;
    if (!outcome.ok)
      return page(
        c,
        access,
        { refusal: t.refusals[outcome.refusal] },
        outcome.refusal === 'not-allowed' ? 403 : 409,
      );
    return page(c, access, {
      notice: outcome.created.length > 0 ? t.created(outcome.created.length) : t.noneCreated,
    });
  }

  routes.get('/events/:eventId/invoices', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    return page(c, access);
  });

  routes.post('/events/:eventId/invoices', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    return afterCreating(c, access, await createEventInvoices(context, c.var.organiser, access.page.event));
  });

  routes.post('/events/:eventId/invoices/payers/:payerKey', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const payerKey = c.req.param('payerKey');
    return afterCreating(
      c,
      access,
      await createEventInvoices(context, c.var.organiser, access.page.event, payerKey),
    );
  });

  routes.get('/events/:eventId/invoices.zip', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { documents } = await eventInvoicing(context, access.page.event);
    const files = documents.map(invoiceFileOf).flatMap((file) => [
      { path: `${file.fileStem}.xml`, content: file.xml },
      { path: `${file.fileStem}.html`, content: invoiceCopyHtml(file.document) },
    ]);
    return c.body(new Uint8Array(zipArchive(files)), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': attachmentDisposition(
        `${access.page.event.id}-${invoiceMessagesFor(access.language).page.tab.toLowerCase()}.zip`,
      ),
    });
  });

  routes.get('/events/:eventId/invoices/basis.csv', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { documents } = await eventInvoicing(context, access.page.event);
    const { header, rows } = invoiceBasis(documents, access.language);
    return c.body(csvTable(header, rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(`${access.page.event.id}-invoice-basis.csv`),
    });
  });

  routes.get('/events/:eventId/invoices/basis.xlsx', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { documents } = await eventInvoicing(context, access.page.event);
    const { header, rows } = invoiceBasis(documents, access.language);
    const t = invoiceMessagesFor(access.language).page;
    return c.body(new Uint8Array(zipArchive(xlsxParts(t.tab, header, rows))), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': attachmentDisposition(`${access.page.event.id}-invoice-basis.xlsx`),
    });
  });

  routes.get('/events/:eventId/invoices/:file', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const [, number, extension] = /^(\d{1,10})\.(xml|html)$/.exec(c.req.param('file')) ?? [];
    const { documents } = await eventInvoicing(context, access.page.event);
    const document = documents.find((candidate) => String(candidate.number) === number);
    if (!document) return notFound(c, access.language);
    if (extension === 'html')
      return c.html(invoiceCopyHtml(document), 200, { 'Content-Security-Policy': COPY_POLICY });
    const file = invoiceFileOf(document);
    return c.body(file.xml, 200, {
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Disposition': attachmentDisposition(`${file.fileStem}.xml`),
    });
  });

  return routes;
}
