import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import {
  addPerson,
  changeRole,
  memberByKey,
  type PeopleChange,
  removePerson,
} from '#operations/organisers/organisation-people.ts';
import {
  changeOrganisationSettings,
  changeSellerDetails,
} from '#operations/organisers/organisation-settings.ts';
import { hashEmail } from '#security/secret-token.ts';
import type { MembershipRefusal } from '#shared/domain/organiser.ts';
import { mayManageOrganisation } from '#shared/domain/organiser.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { sellerMessagesFor } from '#shared/i18n/seller-messages.ts';
import { settingsMessagesFor } from '#shared/i18n/settings-messages.ts';
import { readSellerDetails } from '#shared/organiser/seller-details-form.ts';
import { readNewMember, readOrganisationSettings, readRole } from '#shared/organiser/settings-form.ts';
import { listMembers } from '#store/entities/membership.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { OrganisationSettingsPage } from '#web/pages/organiser/organisation-settings-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';

interface PageState {
  notice?: string;
  refusal?: MembershipRefusal;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

/**
 * The organisation's settings (under /organiser, behind the session), for its admins only: people and roles,
 * the retention period for personal data, the sender name and reply-to address of its mail, and its seller details.
 */
export function organisationSettingsRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const adminsOnly = async (c: Context<OrganiserEnv>, next: () => Promise<void>) => {
    if (!mayManageOrganisation(c.var.organiser.role)) return c.text('Forbidden', 403);
    await next();
  };
  routes.use('/settings', adminsOnly);
  routes.use('/settings/*', adminsOnly);

  async function page(c: Context<OrganiserEnv>, state: PageState, status: 200 | 404 | 409 | 422 = 200) {
    const organiser = c.var.organiser;
    const view = await workspaceView(context, c);
    const organisation = await getOrganisation(context.table, organiser.organisationId);
    if (!organisation) throw new Error(`unknown organisation ${organiser.organisationId}`);
    const members = (await listMembers(context.table, organiser.organisationId)).map((member) => ({
      ...member,
      key: hashEmail(member.email),
    }));
    const t = settingsMessagesFor(view.language);
    return c.html(
      <OrganisationSettingsPage
        {...view}
        organiser={organiser}
        organisation={organisation}
        members={members}
        showMailbox={context.showMailbox === true}
        notice={state.notice}
        refusal={state.refusal && t.refusals[state.refusal]}
        errors={state.errors}
        values={state.values}
      />,
      status,
    );
  }

  const formValues = async (c: Context) =>
    Object.fromEntries([...(await c.req.formData()).entries()].map(([name, value]) => [name, String(value)]));
  const messages = async (c: Context<OrganiserEnv>) =>
    settingsMessagesFor((await workspaceView(context, c)).language);

  /** After a change to people: the page with what happened, or, when admins took the admin role from themselves, away. */
  async function afterPeopleChange(
    c: Context<OrganiserEnv>,
    change: PeopleChange,
    notice: (name: string) => string,
  ) {
    if (!change.ok) return page(c, { refusal: change.refusal }, change.refusal === 'not-member' ? 404 : 409);
    const self = change.member.email === c.var.organiser.email;
    if (
      self &&
      !(await listMembers(context.table, c.var.organiser.organisationId)).some(
        (member) => member.email === c.var.organiser.email && member.role === 'admin',
      )
    )
      return c.redirect('/organiser', 303);
    return page(c, { notice: notice(change.member.name) });
  }

  routes.get('/settings', (c) => page(c, {}));

  routes.post('/settings', async (c) => {
    const values = await formValues(c);
    const t = await messages(c);
    const read = readOrganisationSettings(t, values);
    if (!read.ok) return page(c, { errors: read.errors, values }, 422);
    const { organisationName } = await workspaceView(context, c);
    await changeOrganisationSettings(context, c.var.organiser, read.value, organisationName);
    return page(c, { notice: t.saved });
  });

  routes.post('/settings/seller', async (c) => {
    const values = await formValues(c);
    const { organisationName, language } = await workspaceView(context, c);
    const t = sellerMessagesFor(language);
    const read = readSellerDetails(t, values);
    if (!read.ok) return page(c, { errors: read.errors, values }, 422);
    await changeSellerDetails(context, c.var.organiser, read.value, organisationName);
    return page(c, { notice: t.saved });
  });

  routes.post('/settings/people', async (c) => {
    const values = await formValues(c);
    const t = await messages(c);
    const read = readNewMember(t, values);
    if (!read.ok) return page(c, { errors: read.errors, values }, 422);
    const change = await addPerson(context, c.var.organiser, read.value);
    if (!change.ok) return page(c, { refusal: change.refusal, values }, 409);
    return page(c, { notice: t.memberAdded(change.member.name) });
  });

  routes.post('/settings/people/:memberKey/role', async (c) => {
    const key = c.req.param('memberKey');
    const member = await memberByKey(context, c.var.organiser.organisationId, key);
    if (!member) return page(c, { refusal: 'not-member' }, 404);
    const role = readRole((await formValues(c))[`role-${key}`]);
    const t = await messages(c);
    if (!role) return page(c, { errors: { [`role-${key}`]: t.required } }, 422);
    const change = await changeRole(context, c.var.organiser, member, role);
    return afterPeopleChange(c, change, (name) => t.roleChanged(name, t.roles[role]));
  });

  routes.post('/settings/people/:memberKey/remove', async (c) => {
    const member = await memberByKey(context, c.var.organiser.organisationId, c.req.param('memberKey'));
    if (!member) return page(c, { refusal: 'not-member' }, 404);
    const t = await messages(c);
    return afterPeopleChange(c, await removePerson(context, c.var.organiser, member), t.memberRemoved);
  });

  return routes;
}
