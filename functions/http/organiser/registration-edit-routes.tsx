import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { postedFields } from '#http/form-body.ts';
import { editRegistration } from '#operations/organisers/edit-registration.ts';
import { replaceLinkAsOrganiser } from '#operations/organisers/event-administration.ts';
import { registrationEditMessagesFor } from '#shared/i18n/registration-edit-messages.ts';
import { readRegistrationEdit } from '#shared/organiser/registration-edit-form.ts';
import { getRegistration, type StoredRegistration, withoutSecret } from '#store/entities/registration.ts';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import {
  RegistrationEditPage,
  type RegistrationEditPageProps,
} from '#web/pages/organiser/registration-edit-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkspaceAccess, workspaceEventAccess } from './workspace-event-access.tsx';

type PageState = Pick<RegistrationEditPageProps, 'values' | 'errors' | 'message' | 'refused'>;

const REGISTRATION_PATH = '/events/:eventId/registrations/:registrationId';

/**
 * An organiser's edit of one registration: the form (GET), saving it (POST), and giving the participant a new
 * manage link. Editors and admins only, as every change to registrations; a registration of another event, or
 * none, is not found.
 */
export function registrationEditRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();

  /** The event and the registration named in the path, or the refusal to answer with. */
  async function openRegistration(c: Context<OrganiserEnv>) {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const registration = await getRegistration(
      context.table,
      access.page.event.id,
      c.req.param('registrationId') ?? '',
    );
    if (!registration) return c.html(<NotFoundPage language={access.language} />, 404);
    return { access, registration };
  }

  const editPage = (
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    registration: StoredRegistration,
    state: PageState = {},
  ) => (
    <RegistrationEditPage
      language={access.language}
      organisationName={access.organisationName}
      organiser={c.var.organiser}
      showMailbox={context.showMailbox === true}
      event={access.page.event}
      registration={withoutSecret(registration)}
      {...state}
    />
  );

  routes.get(REGISTRATION_PATH, async (c) => {
    const opened = await openRegistration(c);
    if (opened instanceof Response) return opened;
    return c.html(editPage(c, opened.access, opened.registration));
  });

  routes.post(REGISTRATION_PATH, async (c) => {
    const opened = await openRegistration(c);
    if (opened instanceof Response) return opened;
    const { access, registration } = opened;
    const t = registrationEditMessagesFor(access.language);
    // The page says a cancelled registration cannot change; nothing is read or stored.
    if (registration.status === 'cancelled') return c.html(editPage(c, access, registration), 409);
    const values = (await postedFields(c)) ?? {};
    const read = readRegistrationEdit(access.page.event, access.language, values, registration.answers);
    if (!read.ok) return c.html(editPage(c, access, registration, { values, errors: read.errors }), 422);
    const edit = await editRegistration(
      context,
      c.var.organiser,
      access.page,
      registration,
      read.details,
      read.seenRevision,
    );
    if (edit.kind === 'address-taken')
      return c.html(editPage(c, access, registration, { values, errors: { email: t.addressTaken } }), 409);
    if (edit.kind === 'unchanged') return c.html(editPage(c, access, registration, { message: t.unchanged }));
    const current = await getRegistration(context.table, access.page.event.id, registration.id);
    if (!current) return c.html(<NotFoundPage language={access.language} />, 404);
    if (edit.kind === 'changed-meanwhile')
      return c.html(editPage(c, access, current, { message: t.changedMeanwhile, refused: true }), 409);
    const message = edit.changed.includes('email') ? t.savedNewAddress(current.email) : t.saved;
    return c.html(editPage(c, access, current, { message }));
  });

  // The link went astray (lost or leaked): the participant gets a new one by mail, and the old one stops working.
  routes.post(`${REGISTRATION_PATH}/replace-link`, async (c) => {
    const opened = await openRegistration(c);
    if (opened instanceof Response) return opened;
    const { access, registration } = opened;
    await replaceLinkAsOrganiser(context, c.var.organiser, access.page, registration);
    const message = registrationEditMessagesFor(access.language).linkReplaced(registration.email);
    return c.html(editPage(c, access, registration, { message }));
  });

  return routes;
}
