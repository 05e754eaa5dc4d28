import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { notFound } from '#http/not-found.tsx';
import {
  changeVisibility,
  finishPresentationUpload,
  presentationDownload,
  readyPresentations,
  removePresentation,
  startPresentationUpload,
} from '#operations/presentations/session-presentations.ts';
import { speakerUploadUrl } from '#operations/presentations/speaker-links.ts';
import { mayChangeRegistrations } from '#shared/domain/organiser.ts';
import { inProgrammeOrder, isSession } from '#shared/domain/programme-slot.ts';
import { isUploadRefusal } from '#shared/files/file-kinds.ts';
import { readPresentationForm } from '#shared/files/presentation-form.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { formatClock } from '#shared/time.ts';
import { getPresentation } from '#store/entities/presentation.ts';
import { eventSectionPath } from '#web/pages/organiser/event-workspace-header.tsx';
import { AddPresentationPage, PresentationsPage } from '#web/pages/organiser/presentations-page.tsx';
import { UploadFilePage } from '#web/pages/upload-file-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';

/**
 * The files on an event's sessions: the list with each session's speaker link, adding a file in two steps (details
 * here, the file straight to the storage, then back here to be checked), visibility, removal and downloads. Viewers
 * may look and download; editors and admins change.
 */
export function presentationRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;
  const sessionsOf = (slots: Parameters<typeof inProgrammeOrder>[0]) =>
    inProgrammeOrder(slots).filter(isSession);

  routes.get('/events/:eventId/presentations', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event, slots } = access.page;
    const files = await readyPresentations(context, event.id);
    const f = fileMessagesFor(access.language);
    const p = presentationMessagesFor(access.language);
    const uploaded = files.find(({ id }) => id === c.req.query('uploaded'));
    const refused = c.req.query('refused');
    const notice = uploaded
      ? { text: f.uploaded(uploaded.title), refused: false }
      : isUploadRefusal(refused)
        ? { text: f.refusals[refused], refused: true }
        : c.req.query('removed') !== undefined
          ? { text: f.removed(c.req.query('removed') ?? ''), refused: false }
          : c.req.query('visibility') !== undefined
            ? { text: p.visibilityChanged(c.req.query('visibility') ?? ''), refused: false }
            : undefined;
    return c.html(
      <PresentationsPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        mayChange={mayChangeRegistrations(c.var.organiser.role)}
        notice={notice}
        sessions={
          await Promise.all(
            sessionsOf(slots).map(async (slot) => ({
              slot,
              files: files.filter(({ slotId }) => slotId === slot.id),
              speakerUploadUrl: await speakerUploadUrl(context, event.id, slot.id),
            })),
          )
        }
      />,
    );
  });

  routes.get('/events/:eventId/presentations/new', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    return c.html(
      <AddPresentationPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={access.page.event}
        sessions={sessionsOf(access.page.slots)}
        values={{ slotId: c.req.query('slot') ?? '' }}
        errors={{}}
      />,
    );
  });

  routes.post('/events/:eventId/presentations', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const sessions = sessionsOf(access.page.slots);
    const values = await formFields(c);
    const read = readPresentationForm(
      values,
      access.language,
      sessions.map(({ id }) => id),
      'organiser',
    );
    if (!read.ok)
      return c.html(
        <AddPresentationPage
          language={access.language}
          organisationName={access.organisationName}
          organiser={c.var.organiser}
          showMailbox={showMailbox}
          event={event}
          sessions={sessions}
          values={values}
          errors={read.errors}
        />,
        422,
      );
    const base = eventSectionPath(event, 'presentations');
    const { presentation, form } = await startPresentationUpload(
      context,
      event,
      read.details,
      'organiser',
      (fileId) => `${context.publicBaseUrl}${base}/${fileId}/uploaded`,
    );
    return c.html(
      <UploadFilePage
        language={access.language}
        title={presentation.title}
        kind={presentation.fileKind}
        form={form}
        validUntil={formatClock(presentation.uploadExpiresAt, event.timeZone, access.language)}
        back={{ href: base, label: presentationMessagesFor(access.language).title(event.title) }}
        showMailbox={showMailbox}
      />,
    );
  });

  // Where the storage sends the browser once the file is stored: a GET, so it is checked and then sent on.
  routes.get('/events/:eventId/presentations/:fileId/uploaded', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const base = eventSectionPath(access.page.event, 'presentations');
    const outcome = await finishPresentationUpload(context, access.page.event.id, c.req.param('fileId'));
    if (outcome.kind === 'unknown') return notFound(c, access.language);
    if (outcome.kind === 'refused') return c.redirect(`${base}?refused=${outcome.refusal}`, 303);
    return c.redirect(
      `${base}?uploaded=${outcome.presentation.id}#session-${outcome.presentation.slotId}`,
      303,
    );
  });

  routes.post('/events/:eventId/presentations/:fileId/visibility', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const presentation = await getPresentation(context.table, access.page.event.id, c.req.param('fileId'));
    if (presentation?.status !== 'ready') return notFound(c, access.language);
    const changed = await changeVisibility(
      context,
      presentation,
      presentation.visibility === 'public' ? 'participants' : 'public',
    );
    if (!changed) return notFound(c, access.language);
    const base = eventSectionPath(access.page.event, 'presentations');
    return c.redirect(`${base}?visibility=${encodeURIComponent(presentation.title)}`, 303);
  });

  routes.post('/events/:eventId/presentations/:fileId/remove', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const presentation = await getPresentation(context.table, access.page.event.id, c.req.param('fileId'));
    const base = eventSectionPath(access.page.event, 'presentations');
    if (!presentation) return c.redirect(base, 303);
    await removePresentation(context, presentation);
    return c.redirect(`${base}?removed=${encodeURIComponent(presentation.title)}`, 303);
  });

  routes.get('/events/:eventId/presentations/:fileId/download', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const url = await presentationDownload(context, access.page.event.id, c.req.param('fileId'), 'organiser');
    return url ? c.redirect(url, 303) : notFound(c, access.language);
  });

  return routes;
}
