import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { notFound } from '#http/not-found.tsx';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import { openBooking } from '#operations/participants/manage-registration.ts';
import {
  finishPresentationUpload,
  presentationDownload,
  readyPresentations,
  startPresentationUpload,
} from '#operations/presentations/session-presentations.ts';
import { speakerLinkOpens } from '#operations/presentations/speaker-links.ts';
import type { Language } from '#shared/domain/event.ts';
import { inProgrammeOrder } from '#shared/domain/programme-slot.ts';
import { isUploadRefusal } from '#shared/files/file-kinds.ts';
import { readPresentationForm } from '#shared/files/presentation-form.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { managePath, speakerUploadPath } from '#shared/public-urls.ts';
import { formatClock } from '#shared/time.ts';
import { getPublicEventPage } from '#store/reads/event-page.ts';
import { ParticipantPresentationsPage } from '#web/pages/participant-presentations-page.tsx';
import { SpeakerUploadPage } from '#web/pages/speaker-upload-page.tsx';
import { UploadFilePage } from '#web/pages/upload-file-page.tsx';
import { participantSessionFiles } from './session-file-links.ts';

/**
 * The sessions' files outside the workspace: public files for anyone, every file for a confirmed participant under
 * their manage link, and a speaker's uploads through their session's link. Downloads answer with a redirect to a
 * short-lived signed address, made for each click, after the reader's right to the file is settled.
 */
export function publicPresentationRoutes(context: AppContext): Hono {
  const routes = new Hono();
  const showMailbox = context.showMailbox === true;

  routes.get('/events/:eventId/presentations/:fileId/download', async (c) => {
    const url = await presentationDownload(context, c.req.param('eventId'), c.req.param('fileId'), 'public');
    return url ? c.redirect(url, 303) : notFound(c);
  });

  const manage = new Hono();
  manage.use(secretLinkHeaders);

  /** The booking the manage link opens, if it is confirmed: only they get the participants' files. */
  async function confirmedBooking(token: string) {
    const booking = await openBooking(context, token);
    return booking && !('replaced' in booking) && booking.registration.status === 'confirmed'
      ? booking
      : undefined;
  }

  manage.get('/:token/presentations', async (c) => {
    const token = c.req.param('token');
    const booking = await confirmedBooking(token);
    if (!booking) return notFound(c);
    const { event, slots } = booking.page;
    const language = readerLanguage(c, event.language);
    return c.html(
      <ParticipantPresentationsPage
        event={event}
        language={language}
        slots={inProgrammeOrder(slots)}
        files={await participantSessionFiles(context, event, token, language)}
        managePath={managePath(token)}
        showMailbox={showMailbox}
      />,
    );
  });

  manage.get('/:token/presentations/:fileId/download', async (c) => {
    const booking = await confirmedBooking(c.req.param('token'));
    if (!booking) return notFound(c);
    const url = await presentationDownload(
      context,
      booking.page.event.id,
      c.req.param('fileId'),
      'participant',
    );
    return url ? c.redirect(url, 303) : notFound(c, booking.page.event.language);
  });
  routes.route('/manage', manage);

  const speakers = new Hono();
  speakers.use(secretLinkHeaders);

  /** The event and session a speaker's link opens, while it is open. */
  async function speakerSession(c: Context) {
    const page = await getPublicEventPage(context.table, c.req.param('eventId') ?? '');
    const slot = page?.slots.find(({ id }) => id === c.req.param('slotId'));
    if (!page || !slot) return undefined;
    const opens = await speakerLinkOpens(context, page.event, slot.id, c.req.param('token') ?? '');
    return opens ? { event: page.event, slot } : undefined;
  }

  async function speakerPage(
    c: Context,
    opened: NonNullable<Awaited<ReturnType<typeof speakerSession>>>,
    language: Language,
    form: {
      values?: Record<string, string>;
      errors?: Record<string, string>;
      notice?: { text: string; refused: boolean };
    },
    status: 200 | 422 = 200,
  ) {
    const files = (await readyPresentations(context, opened.event.id)).filter(
      ({ slotId }) => slotId === opened.slot.id,
    );
    return c.html(
      <SpeakerUploadPage
        event={opened.event}
        slot={opened.slot}
        language={language}
        path={c.req.path.replace(/\/files\/.*$/, '')}
        files={files}
        values={form.values ?? {}}
        errors={form.errors ?? {}}
        notice={form.notice}
        showMailbox={showMailbox}
      />,
      status,
    );
  }

  speakers.get('/:eventId/:slotId/:token', async (c) => {
    const opened = await speakerSession(c);
    const language = readerLanguage(c, opened?.event.language);
    if (!opened) return notFound(c, language);
    const f = fileMessagesFor(language);
    const refused = c.req.query('refused');
    const uploaded = c.req.query('uploaded');
    const notice = isUploadRefusal(refused)
      ? { text: f.refusals[refused], refused: true }
      : uploaded
        ? { text: f.uploaded(uploaded), refused: false }
        : undefined;
    return speakerPage(c, opened, language, { notice });
  });

  speakers.post('/:eventId/:slotId/:token', async (c) => {
    const opened = await speakerSession(c);
    const language = readerLanguage(c, opened?.event.language);
    if (!opened) return notFound(c, language);
    const values = await formFields(c);
    const read = readPresentationForm(
      { ...values, slotId: opened.slot.id },
      language,
      [opened.slot.id],
      'speaker',
    );
    if (!read.ok) return speakerPage(c, opened, language, { values, errors: read.errors }, 422);
    const path = speakerUploadPath(opened.event.id, opened.slot.id, c.req.param('token'));
    const { presentation, form } = await startPresentationUpload(
      context,
      opened.event,
      read.details,
      'speaker',
      (fileId) => `${context.publicBaseUrl}${path}/files/${fileId}/uploaded`,
    );
    return c.html(
      <UploadFilePage
        language={language}
        title={presentation.title}
        kind={presentation.fileKind}
        form={form}
        validUntil={formatClock(presentation.uploadExpiresAt, opened.event.timeZone, language)}
        back={{ href: path, label: presentationMessagesFor(language).speakerPage(opened.slot.title) }}
        showMailbox={showMailbox}
      />,
    );
  });

  speakers.get('/:eventId/:slotId/:token/files/:fileId/uploaded', async (c) => {
    const opened = await speakerSession(c);
    if (!opened) return notFound(c);
    const path = speakerUploadPath(opened.event.id, opened.slot.id, c.req.param('token'));
    const outcome = await finishPresentationUpload(context, opened.event.id, c.req.param('fileId'));
    if (outcome.kind === 'unknown' || outcome.presentation.slotId !== opened.slot.id) return notFound(c);
    if (outcome.kind === 'refused') return c.redirect(`${path}?refused=${outcome.refusal}`, 303);
    return c.redirect(`${path}?uploaded=${encodeURIComponent(outcome.presentation.title)}`, 303);
  });
  routes.route('/speakers', speakers);

  return routes;
}
