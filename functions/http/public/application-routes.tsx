import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { notFound } from '#http/not-found.tsx';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import { applyToWorkingGroup, takesApplications } from '#operations/participants/apply-to-working-group.ts';
import {
  editApplication,
  type OpenedApplication,
  openApplication,
} from '#operations/participants/edit-application.ts';
import { organiserOf } from '#operations/participants/participant-mail-context.ts';
import { applicationFormValues } from '#shared/application/application-form.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { applicationEditPath } from '#shared/public-urls.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import { getPublicEventPage } from '#store/reads/event-page.ts';
import { ApplicationFormPage } from '#web/pages/application-form-page.tsx';
import { ApplicationOutcomePage } from '#web/pages/application-outcome-page.tsx';

/** Working groups: a municipality's application form and outcome, and the team's secret edit link. */
export function applicationRoutes(context: AppContext): Hono {
  const routes = new Hono();
  const showMailbox = context.showMailbox === true;

  async function applicationEvent(eventId: string) {
    const page = await getPublicEventPage(context.table, eventId);
    return page && takesApplications(page.event) ? page.event : undefined;
  }

  async function formPage(
    c: Context,
    event: EventRecord,
    values: Record<string, string>,
    errors: FieldErrors,
  ) {
    return (
      <ApplicationFormPage
        event={event}
        language={readerLanguage(c, event.language)}
        organisation={await organiserOf(context, event)}
        values={values}
        errors={errors}
        allCounties={c.req.query('counties') === 'all'}
        showMailbox={showMailbox}
      />
    );
  }

  routes.get('/events/:eventId/apply', async (c) => {
    const event = await applicationEvent(c.req.param('eventId'));
    if (!event) return notFound(c);
    const refusal = signUpRefusal(event, context.clock());
    if (refusal)
      return c.html(
        <ApplicationOutcomePage
          event={event}
          language={readerLanguage(c, event.language)}
          outcome={{ kind: refusal }}
          showMailbox={showMailbox}
        />,
        409,
      );
    return c.html(await formPage(c, event, {}, {}));
  });

  routes.post('/events/:eventId/apply', async (c) => {
    const event = await applicationEvent(c.req.param('eventId'));
    if (!event) return notFound(c);
    const fields = await formFields(c);
    const outcome = await applyToWorkingGroup(context, event, fields, readerLanguage(c, event.language));
    if (outcome.kind === 'invalid') return c.html(await formPage(c, event, fields, outcome.errors), 422);
    return c.html(
      <ApplicationOutcomePage
        event={event}
        language={readerLanguage(c, event.language)}
        outcome={outcome}
        showMailbox={showMailbox}
      />,
      outcome.kind === 'submitted' ? 201 : 409,
    );
  });

  const edit = new Hono();
  edit.use(secretLinkHeaders);

  /** The edit link's page for the application as it is now; `view` carries a refused change back to the team. */
  async function editPage(
    c: Context,
    token: string,
    opened: OpenedApplication,
    view: { values?: Record<string, string>; errors?: FieldErrors; saved?: boolean } = {},
    status: 200 | 409 | 422 = 200,
  ) {
    return c.html(
      <ApplicationFormPage
        event={opened.event}
        language={readerLanguage(c, opened.event.language)}
        organisation={await organiserOf(context, opened.event)}
        values={view.values ?? applicationFormValues(opened.stored.application)}
        errors={view.errors ?? {}}
        showMailbox={showMailbox}
        edit={{
          application: opened.stored.application,
          path: applicationEditPath(token),
          changeable: opened.changeable,
          saved: view.saved,
        }}
      />,
      status,
    );
  }

  edit.get('/:token', async (c) => {
    const token = c.req.param('token');
    const opened = await openApplication(context, token);
    return opened ? editPage(c, token, opened) : notFound(c);
  });

  edit.post('/:token', async (c) => {
    const token = c.req.param('token');
    const opened = await openApplication(context, token);
    if (!opened) return notFound(c);
    const fields = await formFields(c);
    const outcome = await editApplication(
      context,
      opened,
      token,
      fields,
      readerLanguage(c, opened.event.language),
    );
    if (outcome.kind === 'saved') {
      const reopened = await openApplication(context, token);
      return reopened ? editPage(c, token, reopened, { saved: true }) : notFound(c, opened.event.language);
    }
    return editPage(
      c,
      token,
      opened,
      { values: fields, errors: outcome.errors },
      opened.changeable ? 422 : 409,
    );
  });

  routes.route('/applications', edit);
  return routes;
}
