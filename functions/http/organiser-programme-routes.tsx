import { type Context, Hono } from 'hono';
import * as z from 'zod';
import type { EventRecord } from '../../shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '../../shared/domain/organiser.ts';
import type { Material } from '../../shared/domain/programme-slot.ts';
import { type OrganiserMessages, organiserMessagesFor } from '../../shared/i18n/organiser-messages.ts';
import { mergeProgramme } from '../../shared/programme/merge-programme.ts';
import { type ProgrammeTextContext, programmeFromText } from '../../shared/programme/programme-from-text.ts';
import { programmeProblems } from '../../shared/programme/programme-rules.ts';
import { programmeToText } from '../../shared/programme/programme-to-text.ts';
import { localDay } from '../../shared/time.ts';
import { NotFoundPage } from '../../web/pages/not-found-page.tsx';
import {
  materialFieldNames,
  ProgrammeEditorPage,
  type ProgrammeEditorPageProps,
} from '../../web/pages/organiser/programme-editor-page.tsx';
import { auditWrites, eventChange } from '../organisers/audit-trail.ts';
import { ownEvent } from '../organisers/event-administration.ts';
import { organisationView } from '../organisers/organisation-view.ts';
import { notifySessionChanges } from '../participants/session-change-notices.ts';
import type { EventPage } from '../store/event-items.ts';
import { addMaterial, replaceProgramme } from '../store/programme-items.ts';
import type { AppContext } from './app-context.ts';
import type { OrganiserEnv } from './organiser-session.ts';

type EditorView = Pick<ProgrammeEditorPageProps, 'programmeErrors' | 'material' | 'notice'> & {
  text?: string;
};

const textContext = (event: EventRecord): ProgrammeTextContext => ({
  eventId: event.id,
  day: localDay(event.startsAt, event.timeZone),
  timeZone: event.timeZone,
  language: event.language,
});

/** A material as the form sends it: a title, and a link to the web that the public page can show. */
function readMaterial(t: OrganiserMessages, fields: { title: string; url: string }) {
  const schema = z.object({
    title: z
      .string()
      .trim()
      .min(1, { error: t.materialTitleMissing })
      .max(200, { error: t.materialTitleTooLong }),
    url: z
      .string()
      .trim()
      .pipe(
        z
          .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: t.materialUrlInvalid })
          .max(2000, { error: t.materialUrlInvalid }),
      ),
  });
  const result = schema.safeParse(fields);
  if (result.success) return { ok: true as const, material: result.data satisfies Material };
  const errors: { title?: string; url?: string } = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] === 'title' ? 'title' : 'url';
    errors[field] ??= issue.message;
  }
  return { ok: false as const, errors };
}

/**
 * The programme editor (under /organiser, behind the session): the whole programme as text, saved so that
 * calendars follow each change, and materials added slot by slot. Viewers may not edit.
 */
export function organiserProgrammeRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();

  async function editor(organiser: Organiser, page: EventPage, view: EditorView = {}) {
    const { event, slots } = page;
    return (
      <ProgrammeEditorPage
        {...(await organisationView(context, organiser.organisationId))}
        organiser={organiser}
        showMailbox={context.mailbox !== undefined}
        event={event}
        slots={slots}
        {...view}
        text={view.text ?? programmeToText(slots, textContext(event))}
      />
    );
  }

  /** The organiser's own event, if they may edit it; otherwise the answer to give. */
  async function editableEvent(c: Context<OrganiserEnv>, eventId: string): Promise<EventPage | Response> {
    const page = await ownEvent(context, c.var.organiser, eventId);
    if (!page) return c.html(<NotFoundPage language="sv" />, 404);
    if (!mayChangeRegistrations(c.var.organiser.role)) return c.text('Forbidden', 403);
    return page;
  }

  routes.get('/events/:eventId/programme', async (c) => {
    const page = await editableEvent(c, c.req.param('eventId'));
    if (page instanceof Response) return page;
    return c.html(await editor(c.var.organiser, page));
  });

  routes.post('/events/:eventId/programme', async (c) => {
    const organiser = c.var.organiser;
    const page = await editableEvent(c, c.req.param('eventId'));
    if (page instanceof Response) return page;
    const text = String((await c.req.formData()).get('programme') ?? '');
    const imported = programmeFromText(text, textContext(page.event));
    if (!imported.ok) {
      const programmeErrors = imported.errors.map(({ message }) => message);
      return c.html(await editor(organiser, page, { text, programmeErrors }), 422);
    }
    const merge = mergeProgramme(page.slots, imported.slots);
    const problems = programmeProblems(page.event, merge.slots);
    if (problems.length > 0) {
      const programmeErrors = problems.map(({ message }) => message);
      return c.html(await editor(organiser, page, { text, programmeErrors }), 422);
    }
    const t = organiserMessagesFor((await organisationView(context, organiser.organisationId)).language);
    const changes = merge.added.length + merge.changed.length + merge.removed.length;
    const change = eventChange(page.event, 'programme-changed', String(changes));
    const audit = changes > 0 ? await auditWrites(context, organiser, change, page.event) : [];
    if (!(await replaceProgramme(context.table, page.event.id, merge, audit))) {
      const programmeErrors = [t.programmeChangedMeanwhile];
      return c.html(await editor(organiser, page, { text, programmeErrors }), 409);
    }
    const saved = (await ownEvent(context, organiser, page.event.id)) ?? page;
    await notifySessionChanges(context, saved.event, merge);
    return c.html(await editor(organiser, saved, { notice: t.programmeSaved(changes) }));
  });

  routes.post('/events/:eventId/slots/:slotId/materials', async (c) => {
    const organiser = c.var.organiser;
    const page = await editableEvent(c, c.req.param('eventId'));
    if (page instanceof Response) return page;
    const slotId = c.req.param('slotId');
    const notFound = () => c.html(<NotFoundPage language="sv" />, 404);
    if (!page.slots.some((slot) => slot.id === slotId)) return notFound();
    const t = organiserMessagesFor((await organisationView(context, organiser.organisationId)).language);
    const form = await c.req.formData();
    const names = materialFieldNames(slotId);
    const fields = { title: String(form.get(names.title) ?? ''), url: String(form.get(names.url) ?? '') };
    const read = readMaterial(t, fields);
    if (!read.ok)
      return c.html(
        await editor(organiser, page, { material: { slotId, ...fields, errors: read.errors } }),
        422,
      );
    const change = eventChange(page.event, 'material-added', read.material.title);
    const audit = await auditWrites(context, organiser, change, page.event);
    if (!(await addMaterial(context.table, page.event.id, slotId, read.material, audit))) return notFound();
    const updated = (await ownEvent(context, organiser, page.event.id)) ?? page;
    return c.html(await editor(organiser, updated, { notice: t.materialAdded }));
  });

  return routes;
}
