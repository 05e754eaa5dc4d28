import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { ownEvent } from '#operations/organisers/event-administration.ts';
import { createEventDraft, publishEventDraft, saveEventDraft } from '#operations/organisers/event-drafts.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { mayChangeRegistrations } from '#shared/domain/organiser.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import {
  editorValuesOf,
  OPTIONAL_EDITOR_FIELDS,
  type OrganisationChoice,
  readEventEditor,
} from '#shared/organiser/event-editor-form.ts';
import { meetingsToBeDecided } from '#shared/working-group/meeting-plan.ts';
import { listOrganisations } from '#store/entities/organisation.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { EventEditorPage, type EventEditorPageProps } from '#web/pages/organiser/event-editor-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';
import { workspaceView } from './workspace-view.ts';

/** A new event's form starts as a Swedish conference in Stockholm time with a waiting list. */
const NEW_EVENT_VALUES = {
  kind: 'conference',
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  waitingList: 'yes',
};

const formValues = async (request: Request) =>
  Object.fromEntries([...(await request.formData()).entries()].map(([name, value]) => [name, String(value)]));

/**
 * The form filled in from an event page. A copy of another organisation's event starts without co-organisers (its
 * choice of partners is not ours to repeat).
 */
const valuesOf = (page: EventPage, organiser: Organiser) =>
  editorValuesOf(
    page.event.organisationId === organiser.organisationId
      ? page.event
      : { ...page.event, coOrganiserIds: undefined },
    page.meetings.length,
  );

/**
 * The event editor: a new event (blank, or a copy of one of the organisation's events) saved as a draft, a draft
 * edited until it is published, and publishing. Editors and admins only; another organisation's event is not found.
 */
export function eventEditorRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  /** The organisations an organiser may name as co-organisers: every other one on the platform. */
  async function coOrganiserChoices(organiser: Organiser): Promise<OrganisationChoice[]> {
    return (await listOrganisations(context.table))
      .filter((organisation) => organisation.id !== organiser.organisationId)
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  async function editorPage(
    c: Context<OrganiserEnv>,
    props: Pick<EventEditorPageProps, 'editing' | 'source' | 'values' | 'errors' | 'message'>,
  ) {
    const organiser = c.var.organiser;
    return (
      <EventEditorPage
        {...(await workspaceView(context, c))}
        organiser={organiser}
        showMailbox={showMailbox}
        organisations={await coOrganiserChoices(organiser)}
        {...props}
      />
    );
  }

  /** The event a copy starts from, with its meetings, when the form names one the organisation works on. */
  async function sourcePage(c: Context<OrganiserEnv>, id: string | undefined) {
    return id ? await ownEvent(context, c.var.organiser, id) : undefined;
  }

  routes.get('/events/new', async (c) => {
    const organiser = c.var.organiser;
    const { language } = await workspaceView(context, c);
    if (!mayChangeRegistrations(organiser.role)) return c.text(workspaceMessagesFor(language).forbidden, 403);
    const from = c.req.query('from');
    const source = await sourcePage(c, from);
    if (from && !source) return c.html(<NotFoundPage language="sv" />, 404);
    return c.html(
      await editorPage(c, {
        source: source?.event,
        values: source ? valuesOf(source, organiser) : NEW_EVENT_VALUES,
      }),
    );
  });

  routes.post('/events/new', async (c) => {
    const organiser = c.var.organiser;
    const { language } = await workspaceView(context, c);
    if (!mayChangeRegistrations(organiser.role)) return c.text(workspaceMessagesFor(language).forbidden, 403);
    const values = await formValues(c.req.raw);
    const source = (await sourcePage(c, values.from))?.event;
    if (values.from && !source) return c.html(<NotFoundPage language="sv" />, 404);
    const read = readEventEditor(language, values, await coOrganiserChoices(organiser));
    if (!read.ok) return c.html(await editorPage(c, { source, values, errors: read.errors }), 422);
    const draft = await createEventDraft(context, organiser, read, source);
    if (!draft)
      return c.html(
        await editorPage(c, { source, values, message: workspaceMessagesFor(language).editor.idTaken }),
        409,
      );
    return c.redirect(`/organiser/events/${draft.id}`, 303);
  });

  routes.get('/events/:eventId/edit', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    if (event.status !== 'draft') return c.redirect(`/organiser/events/${event.id}`, 303);
    return c.html(await editorPage(c, { editing: event, values: valuesOf(access.page, c.var.organiser) }));
  });

  routes.post('/events/:eventId/edit', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event, meetings } = access.page;
    const values = await formValues(c.req.raw);
    const read = readEventEditor(access.language, values, await coOrganiserChoices(c.var.organiser));
    if (!read.ok) return c.html(await editorPage(c, { editing: event, values, errors: read.errors }), 422);
    // A plan is not shrunk here: meetings are cancelled on the meetings page, where members are told.
    if (read.fields.kind === 'working-group' && (read.meetingCount ?? 0) < meetings.length) {
      const fewer = eventSettingsMessagesFor(access.language).errors.fewerMeetings(meetings.length);
      return c.html(await editorPage(c, { editing: event, values, errors: { meetingCount: fewer } }), 422);
    }
    const edited: EventRecord = { ...event, ...read.fields };
    // Fields the form leaves empty are gone from the draft, not kept from before.
    for (const optional of OPTIONAL_EDITOR_FIELDS)
      if (read.fields[optional] === undefined) delete edited[optional];
    const added =
      read.fields.kind === 'working-group'
        ? meetingsToBeDecided(edited, meetings, read.meetingCount ?? 0)
        : [];
    if (!(await saveEventDraft(context, c.var.organiser, event, edited, added)))
      return c.html(
        await editorPage(c, {
          editing: event,
          values,
          message: workspaceMessagesFor(access.language).editor.notDraft,
        }),
        409,
      );
    return c.redirect(`/organiser/events/${event.id}`, 303);
  });

  routes.post('/events/:eventId/publish', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    if ((await publishEventDraft(context, c.var.organiser, event)) === 'no-reply-to')
      return c.html(
        await editorPage(c, {
          editing: event,
          values: valuesOf(access.page, c.var.organiser),
          message: workspaceMessagesFor(access.language).editor.noReplyTo,
        }),
        409,
      );
    return c.redirect(`/organiser/events/${event.id}`, 303);
  });

  return routes;
}
