import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import { addMember, openDelegation, removeMember } from '#operations/participants/manage-delegation.ts';
import { registerDelegationForEvent } from '#operations/participants/register-delegation.ts';
import {
  type EventWithQuotas,
  placesByOrganisation,
  placesLeft,
  takesDelegations,
} from '#shared/delegation/quota.ts';
import type { WishedRole } from '#shared/domain/delegation-role.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { delegationLeadPath } from '#shared/public-urls.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { listQuotaCounts } from '#store/entities/quota.ts';
import { type EventPage, getPublicEventPage } from '#store/reads/event-page.ts';
import { DelegationFormPage } from '#web/pages/delegation-form-page.tsx';
import { DelegationLeadPage, type DelegationLeadPageProps } from '#web/pages/delegation-lead-page.tsx';
import { DelegationOutcomePage } from '#web/pages/delegation-outcome-page.tsx';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { SignUpOutcomePage } from '#web/pages/sign-up-outcome-page.tsx';

/** Study trips with quotas: the lead's form and outcome, and the lead's secret link to change the delegation. */
export function delegationRoutes(context: AppContext): Hono {
  const routes = new Hono();
  const showMailbox = context.showMailbox === true;

  /** The event behind the path, if it takes delegations. */
  async function delegationEvent(eventId: string) {
    const page = await getPublicEventPage(context.table, eventId);
    return page && takesDelegations(page.event) ? { ...page, event: page.event } : undefined;
  }

  async function formPage(
    c: Context,
    page: EventPage & { event: EventWithQuotas },
    values: Record<string, string>,
    errors: FieldErrors,
    missing?: WishedRole[],
  ) {
    const { event } = page;
    const organisation = await getOrganisation(context.table, event.organisationId);
    if (!organisation) throw new Error(`unknown organisation ${event.organisationId}`);
    return (
      <DelegationFormPage
        event={event}
        language={readerLanguage(c, event.language)}
        organisation={organisation}
        places={placesByOrganisation(event.quotas, await listQuotaCounts(context.table, event.id))}
        seatsLeft={
          event.capacity === undefined ? undefined : placesLeft(event.capacity, page.seats.confirmed)
        }
        addOnsTaken={page.addOnsTaken}
        values={values}
        errors={errors}
        missing={missing}
        showMailbox={showMailbox}
      />
    );
  }

  routes.get('/events/:eventId/delegation', async (c) => {
    const page = await delegationEvent(c.req.param('eventId'));
    if (!page) return c.html(<NotFoundPage language={readerLanguage(c)} />, 404);
    const refusal = signUpRefusal(page.event, context.clock());
    if (refusal)
      return c.html(
        <SignUpOutcomePage
          event={page.event}
          language={readerLanguage(c, page.event.language)}
          outcome={{ kind: refusal }}
          showMailbox={showMailbox}
        />,
        409,
      );
    // A lead who picked their organisation in the table of places gets a row for each place it has left.
    const organisation = c.req.query('organisation');
    return c.html(await formPage(c, page, organisation ? { organisation } : {}, {}));
  });

  routes.post('/events/:eventId/delegation', async (c) => {
    const page = await delegationEvent(c.req.param('eventId'));
    if (!page) return c.html(<NotFoundPage language={readerLanguage(c)} />, 404);
    const fields = await formFields(c);
    const outcome = await registerDelegationForEvent(
      context,
      page.event,
      fields,
      fields.intent === 'send-anyway',
      readerLanguage(c, page.event.language),
    );
    switch (outcome.kind) {
      case 'invalid':
        return c.html(await formPage(c, page, fields, outcome.errors), 422);
      case 'roles-missing':
        return c.html(await formPage(c, page, fields, {}, outcome.missing));
      case 'registered':
        return c.html(
          <DelegationOutcomePage
            event={page.event}
            language={readerLanguage(c, page.event.language)}
            delegation={outcome.delegation}
            members={outcome.members}
            showMailbox={showMailbox}
          />,
          201,
        );
      default:
        return c.html(
          <SignUpOutcomePage
            event={page.event}
            language={readerLanguage(c, page.event.language)}
            outcome={{ kind: outcome.kind }}
            showMailbox={showMailbox}
          />,
          409,
        );
    }
  });

  const lead = new Hono();
  lead.use(secretLinkHeaders);

  /** The lead's page as the delegation is now, after whatever the request did. */
  async function leadView(
    c: Context,
    token: string,
    view: Pick<DelegationLeadPageProps, 'notice' | 'values' | 'errors'> = {},
    status: 200 | 409 | 422 = 200,
  ) {
    const opened = await openDelegation(context, token);
    if (!opened) return invalidLink(c);
    return c.html(
      <DelegationLeadPage
        language={readerLanguage(c, opened.event.language)}
        opened={opened}
        path={delegationLeadPath(token)}
        showMailbox={showMailbox}
        {...view}
      />,
      status,
    );
  }

  lead.get('/:token', (c) => leadView(c, c.req.param('token')));

  lead.post('/:token/members', async (c) => {
    const token = c.req.param('token');
    const opened = await openDelegation(context, token);
    if (!opened) return invalidLink(c);
    const fields = await formFields(c);
    const added = await addMember(context, opened, fields);
    return added.ok
      ? leadView(c, token, { notice: 'added' })
      : leadView(c, token, { values: fields, errors: added.errors }, 422);
  });

  lead.post('/:token/members/:registrationId/remove', async (c) => {
    const token = c.req.param('token');
    const opened = await openDelegation(context, token);
    if (!opened) return invalidLink(c);
    const removed = await removeMember(context, opened, c.req.param('registrationId'));
    return removed ? leadView(c, token, { notice: 'removed' }) : leadView(c, token, {}, 409);
  });

  /** A link that never existed, or whose delegation has been erased, opens nothing. */
  function invalidLink(c: Context) {
    return c.html(<NotFoundPage language={readerLanguage(c)} />, 404);
  }

  routes.route('/delegations', lead);
  return routes;
}
