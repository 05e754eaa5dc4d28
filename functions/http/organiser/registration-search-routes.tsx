import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { withWaitingPlaces } from '#shared/domain/waiting-list.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { participantTable } from '#shared/organiser/participant-csv.ts';
import {
  pageCursor,
  REGISTRATIONS_PER_PAGE,
  readPageCursor,
  readRegistrationSearch,
  searchRegistrations,
} from '#shared/organiser/registration-search.ts';
import { xlsxParts } from '#shared/organiser/xlsx-parts.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { undeliverableAddresses } from '#store/entities/undeliverable-address.ts';
import { registrationListPage, registrationsWithStatus } from '#store/reads/registration-list-page.ts';
import { RegistrationSearchPage } from '#web/pages/organiser/registration-search-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';
import { zipArchive } from './zip-archive.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Registrations in the order people signed up. */
const inSignUpOrder = (registrations: Registration[]) =>
  registrations.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

/** Searching an event's registrations, and the search's result as an Excel workbook. Viewers may do both. */
export function registrationSearchRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();

  routes.get('/events/:eventId/registrations', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const eventId = access.page.event.id;
    const search = readRegistrationSearch(c.req.query());
    const start = readPageCursor(eventId, c.req.query('after'));
    const { shown, next } = await registrationListPage(
      context.table,
      eventId,
      search,
      REGISTRATIONS_PER_PAGE,
      start?.after,
    );
    const first = start?.first ?? 1;
    const last = first + shown.length - 1;
    const byStatus = access.page.registrationsByStatus;
    // The counter knows how many have a status; what a text or an organisation matches is not counted, since that
    // would read the whole event: it is exact once the last page is reached, and "more than" before.
    const counted = search.text === '' && search.organisation === undefined;
    const [total, statusCount, undeliverable] = await Promise.all([
      registrationsWithStatus(context.table, eventId, byStatus),
      counted && search.status
        ? registrationsWithStatus(context.table, eventId, byStatus, search.status)
        : undefined,
      undeliverableAddresses(
        context.table,
        shown.map((registration) => registration.email),
      ),
    ]);
    const found = counted ? (statusCount ?? total) : next ? { moreThan: last } : last;
    return c.html(
      <RegistrationSearchPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={context.showMailbox === true}
        event={access.page.event}
        search={search}
        found={found}
        page={{
          shown,
          first,
          ...(next ? { next: pageCursor(eventId, { after: next, first: first + shown.length }) } : {}),
        }}
        total={total}
        undeliverable={undeliverable}
        cancelled={c.req.query('done') === 'cancelled'}
      />,
    );
  });

  routes.get('/events/:eventId/participants.xlsx', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const registrations = withWaitingPlaces(inSignUpOrder(await listRegistrations(context.table, event.id)));
    const found = searchRegistrations(registrations, readRegistrationSearch(c.req.query()));
    const { header, rows } = participantTable(event, found, access.language);
    const workbook = zipArchive(
      xlsxParts(workspaceMessagesFor(access.language).search.sheetName, header, rows),
    );
    return c.body(new Uint8Array(workbook), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="${event.id}-deltagare.xlsx"`,
    });
  });

  return routes;
}
