import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { withWaitingPlaces } from '#shared/domain/waiting-list.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { participantTable } from '#shared/organiser/participant-csv.ts';
import {
  organisationsOf,
  readRegistrationSearch,
  registrationPage,
  searchRegistrations,
} from '#shared/organiser/registration-search.ts';
import { xlsxParts } from '#shared/organiser/xlsx-parts.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { undeliverableAddresses } from '#store/entities/undeliverable-address.ts';
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
    const registrations = inSignUpOrder(await listRegistrations(context.table, access.page.event.id));
    const search = readRegistrationSearch(c.req.query());
    const found = searchRegistrations(registrations, search);
    const page = registrationPage(found, c.req.query('after'));
    return c.html(
      <RegistrationSearchPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={context.showMailbox === true}
        event={access.page.event}
        search={search}
        organisations={organisationsOf(registrations)}
        foundCount={found.length}
        page={page}
        total={registrations.length}
        undeliverable={
          await undeliverableAddresses(
            context.table,
            registrations.map((registration) => registration.email),
          )
        }
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
