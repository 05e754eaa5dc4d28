import { Hono } from 'hono';
import * as z from 'zod';
import type { AppContext } from '#context/app-context.ts';
import { eventChange } from '#operations/organisers/audit-trail.ts';
import { ownEvent } from '#operations/organisers/event-administration.ts';
import { addSlotMaterial, saveProgrammeChange } from '#operations/organisers/programme-changes.ts';
import type { Material } from '#shared/domain/programme-slot.ts';
import { textRuleErrors } from '#shared/forms/form-reading.ts';
import { type OrganiserMessages, organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { type TextRuleMessages, textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';
import { mergeProgramme } from '#shared/programme/merge-programme.ts';
import { programmeFromText } from '#shared/programme/programme-from-text.ts';
import { programmeProblems } from '#shared/programme/programme-rules.ts';
import { slotsTouched } from '#shared/programme/slot-edits.ts';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { materialFieldNames } from '#web/pages/organiser/programme-editor-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { programmeEditor, programmeTextContext } from './programme-editor-view.tsx';
import { organiserSlotRoutes } from './slot-routes.tsx';
import { workspaceEventAccess } from './workspace-event-access.tsx';

/**
 * A material as the form sends it: a title, and a link to the web that the public page can show. Both are one line:
 * a URL parser would drop a line break or a tab where the stored text keeps it.
 */
function readMaterial(t: OrganiserMessages, rules: TextRuleMessages, fields: { title: string; url: string }) {
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
  const refused = textRuleErrors(fields, { title: 'single', url: 'single' }, rules);
  if (result.success && Object.keys(refused).length === 0)
    return { ok: true as const, material: result.data satisfies Material };
  const errors: { title?: string; url?: string } = { ...refused };
  for (const issue of result.success ? [] : result.error.issues) {
    const field = issue.path[0] === 'title' ? 'title' : 'url';
    errors[field] ??= issue.message;
  }
  return { ok: false as const, errors };
}

/**
 * The programme editor (under /organiser, behind the session): the whole programme as text, saved so that
 * calendars follow each change; slot by slot (see `organiserSlotRoutes`); materials added slot by slot. Viewers
 * may not edit.
 */
export function organiserProgrammeRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();

  routes.get('/events/:eventId/programme', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    return c.html(programmeEditor(context, c.var.organiser, access));
  });

  routes.post('/events/:eventId/programme', async (c) => {
    const organiser = c.var.organiser;
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { page } = access;
    const text = String((await c.req.formData()).get('programme') ?? '');
    const refused = (programmeErrors: string[], status: 409 | 422) =>
      c.html(programmeEditor(context, organiser, access, { text, programmeErrors }), status);
    const imported = programmeFromText(text, programmeTextContext(page.event));
    if (!imported.ok)
      return refused(
        imported.errors.map(({ message }) => message),
        422,
      );
    const merge = mergeProgramme(page.slots, imported.slots, page.retiredSlots);
    const problems = programmeProblems(page.event, merge.slots);
    if (problems.length > 0)
      return refused(
        problems.map(({ message }) => message),
        422,
      );
    const t = organiserMessagesFor(access.language);
    const changes = slotsTouched(merge);
    const change = changes > 0 ? eventChange(page.event, 'programme-changed', String(changes)) : undefined;
    const saved = await saveProgrammeChange(context, organiser, page, merge, change);
    if (!saved) return refused([t.programmeChangedMeanwhile], 409);
    return c.html(
      programmeEditor(
        context,
        organiser,
        { ...access, page: saved.page },
        { notice: t.programmeSaved(changes) },
      ),
    );
  });

  routes.post('/events/:eventId/slots/:slotId/materials', async (c) => {
    const organiser = c.var.organiser;
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { page } = access;
    const slotId = c.req.param('slotId');
    const notFound = () => c.html(<NotFoundPage language={access.language} />, 404);
    if (!page.slots.some((slot) => slot.id === slotId)) return notFound();
    const t = organiserMessagesFor(access.language);
    const form = await c.req.formData();
    const names = materialFieldNames(slotId);
    const fields = { title: String(form.get(names.title) ?? ''), url: String(form.get(names.url) ?? '') };
    const read = readMaterial(t, textRuleMessagesFor(access.language), fields);
    if (!read.ok)
      return c.html(
        programmeEditor(context, organiser, access, { material: { slotId, ...fields, errors: read.errors } }),
        422,
      );
    if (!(await addSlotMaterial(context, organiser, page.event, slotId, read.material))) return notFound();
    const updated = (await ownEvent(context, organiser, page.event.id)) ?? page;
    return c.html(
      programmeEditor(context, organiser, { ...access, page: updated }, { notice: t.materialAdded }),
    );
  });

  routes.route('/', organiserSlotRoutes(context));
  return routes;
}
