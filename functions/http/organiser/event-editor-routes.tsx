import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { type EditOutcome, editEvent } from '#operations/organisers/edit-event.ts';
import { createEventDraft } from '#operations/organisers/event-drafts.ts';
import { applicationsStillOpen } from '#operations/working-groups/send-decisions.ts';
import type { EventKind, EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations } from '#shared/domain/organiser.ts';
import { eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { changeText } from '#shared/organiser/event-changes.ts';
import {
  EVENT_KINDS,
  editorValuesOf,
  formVersion,
  type OrganisationChoice,
  readEventEditor,
} from '#shared/organiser/event-editor-form.ts';
import { withMoreTierRows } from '#shared/organiser/study-trip-settings-form.ts';
import { listOrganisations } from '#store/entities/organisation.ts';
import { type EventPage, getEventPage } from '#store/reads/event-page.ts';
import {
  type EditorNotice,
  EventEditorPage,
  type EventEditorPageProps,
} from '#web/pages/organiser/event-editor-page.tsx';
import { EventKindChoicePage } from '#web/pages/organiser/event-kind-choice-page.tsx';
import { MORE_TIER_ROWS } from '#web/pages/organiser/quota-tier-table.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';
import { workspaceView } from './workspace-view.ts';

/** A new event's form starts in Swedish, in Stockholm time, with a waiting list. */
const NEW_EVENT_VALUES = { language: 'sv', timeZone: 'Europe/Stockholm', waitingList: 'yes' };

const formValues = async (request: Request) =>
  Object.fromEntries([...(await request.formData()).entries()].map(([name, value]) => [name, String(value)]));

const kindOf = (value: string | undefined): EventKind | undefined =>
  EVENT_KINDS.find((kind) => kind === value);

/**
 * The event editor: a new event (its kind first, then the form of that kind) saved as a draft, and an event edited
 * as a draft or after publishing, when its changes take effect at once with their consequences told. Editors and
 * admins only; another organisation's event is not found.
 */
export function eventEditorRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  /**
   * The organisations that may be named as co-organisers: every one on the platform but the event's owner (the
   * organiser's own for a new event). A co-organiser editing the event sees itself ticked, and stays on.
   */
  async function coOrganiserChoices(owner: string): Promise<OrganisationChoice[]> {
    return (await listOrganisations(context.table))
      .filter((organisation) => organisation.id !== owner)
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  const ownerOf = (c: Context<OrganiserEnv>, editing?: EventRecord) =>
    editing?.organisationId ?? c.var.organiser.organisationId;

  async function editorPage(
    c: Context<OrganiserEnv>,
    props: Pick<EventEditorPageProps, 'kind' | 'editing' | 'values' | 'errors' | 'notice'>,
  ) {
    const { editing } = props;
    const decides =
      editing?.kind === 'working-group' &&
      editing.status === 'published' &&
      !editing.decisionsSentAt &&
      applicationsStillOpen(editing, context.clock());
    return (
      <EventEditorPage
        {...(await workspaceView(context, c))}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        organisations={await coOrganiserChoices(ownerOf(c, editing))}
        decideNowPath={decides ? `/organiser/events/${editing.id}/applications/decide-now` : undefined}
        addOnsTaken={
          editing?.price?.addOns ? (await getEventPage(context.table, editing.id))?.addOnsTaken : undefined
        }
        {...props}
      />
    );
  }

  /** Refuses a viewer the editor, in the organisation's language; undefined for an organiser who may use it. */
  async function refusedRole(c: Context<OrganiserEnv>) {
    if (mayChangeRegistrations(c.var.organiser.role)) return undefined;
    const { language } = await workspaceView(context, c);
    return c.text(workspaceMessagesFor(language).forbidden, 403);
  }

  routes.get('/events/new', async (c) => {
    const refused = await refusedRole(c);
    if (refused) return refused;
    const asked = c.req.query('kind');
    const kind = kindOf(asked);
    if (!kind)
      return c.html(
        <EventKindChoicePage
          {...(await workspaceView(context, c))}
          organiser={c.var.organiser}
          showMailbox={showMailbox}
          missing={asked !== undefined}
        />,
        asked === undefined ? 200 : 422,
      );
    return c.html(await editorPage(c, { kind, values: { ...NEW_EVENT_VALUES, kind } }));
  });

  routes.post('/events/new', async (c) => {
    const refused = await refusedRole(c);
    if (refused) return refused;
    const { language } = await workspaceView(context, c);
    const values = await formValues(c.req.raw);
    const kind = kindOf(values.kind);
    if (!kind) return c.redirect('/organiser/events/new', 303);
    if (values[MORE_TIER_ROWS])
      return c.html(await editorPage(c, { kind, values: withMoreTierRows(values) }));
    const read = readEventEditor(language, values, await coOrganiserChoices(ownerOf(c)));
    if (!read.ok) return c.html(await editorPage(c, { kind, values, errors: read.errors }), 422);
    const draft = await createEventDraft(context, c.var.organiser, read);
    if (!draft) {
      const notice = { text: workspaceMessagesFor(language).editor.idTaken, refused: true };
      return c.html(await editorPage(c, { kind, values, notice }), 409);
    }
    return c.redirect(`/organiser/events/${draft.id}`, 303);
  });

  /** The form of an event as stored: a cancelled event is not edited (its people were told it is off). */
  const editable = (page: EventPage) => page.event.status !== 'cancelled';
  const storedValues = (page: EventPage) => editorValuesOf(page.event, page.meetings.length);

  routes.get('/events/:eventId/edit', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { page } = access;
    if (!editable(page)) return c.redirect(`/organiser/events/${page.event.id}`, 303);
    return c.html(
      await editorPage(c, { kind: page.event.kind, editing: page.event, values: storedValues(page) }),
    );
  });

  routes.post('/events/:eventId/edit', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { page, language } = access;
    const { event } = page;
    if (!editable(page)) return c.redirect(`/organiser/events/${event.id}`, 303);
    // The kind is the event's: its form has only that kind's sections, whatever a post says.
    const values: Record<string, string> = { ...(await formValues(c.req.raw)), kind: event.kind };
    const form = { kind: event.kind, editing: event };
    if (values[MORE_TIER_ROWS])
      return c.html(await editorPage(c, { ...form, values: withMoreTierRows(values) }));
    const read = readEventEditor(language, values, await coOrganiserChoices(event.organisationId));
    if (!read.ok) return c.html(await editorPage(c, { ...form, values, errors: read.errors }), 422);
    const outcome = await editEvent(context, c.var.organiser, page, {
      read,
      version: formVersion(values),
      values,
      language,
    });
    if (outcome.kind === 'refused')
      return c.html(await editorPage(c, { ...form, values, errors: outcome.errors }), 422);
    if (outcome.kind === 'changed-meanwhile') {
      const notice: EditorNotice = {
        text: eventChangeMessagesFor(language).changedMeanwhile,
        refused: true,
        lines: outcome.differences.map((change) => changeText(change, event, language)),
      };
      const fresh = outcome.page;
      return c.html(
        await editorPage(c, { kind: event.kind, editing: fresh.event, values: storedValues(fresh), notice }),
        409,
      );
    }
    if (event.status === 'draft') return c.redirect(`/organiser/events/${event.id}`, 303);
    const fresh = outcome.kind === 'saved' ? outcome.page : page;
    return c.html(
      await editorPage(c, {
        kind: event.kind,
        editing: fresh.event,
        values: storedValues(fresh),
        notice: savedNotice(outcome, event, language),
      }),
    );
  });

  return routes;
}

/** What a published event's save did: the changes, who was told of them, who moved up from the waiting list. */
function savedNotice(
  outcome: Extract<EditOutcome, { kind: 'saved' | 'unchanged' }>,
  event: EventRecord,
  language: Language,
): EditorNotice {
  const t = eventChangeMessagesFor(language);
  if (outcome.kind === 'unchanged') return { text: t.unchanged };
  const offered = outcome.moved.filter((registration) => registration.status === 'offered').length;
  const given = outcome.moved.length - offered;
  return {
    text: [
      t.saved,
      ...(outcome.told > 0 ? [t.told(outcome.told)] : []),
      ...(given > 0 ? [t.promoted(given)] : []),
      ...(offered > 0 ? [t.offered(offered)] : []),
    ].join(' '),
    lines: outcome.changes.map((change) => changeText(change, event, language)),
  };
}
