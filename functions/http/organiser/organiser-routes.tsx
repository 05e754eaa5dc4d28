import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import { auditWrites, eventChange } from '#operations/organisers/audit-trail.ts';
import { cancelEvent } from '#operations/organisers/cancel-event.ts';
import { changeEventDetails } from '#operations/organisers/change-event-details.ts';
import {
  cancelRegistrationAsOrganiser,
  eventRegistrations,
  ownEvent,
  promoteRegistration,
} from '#operations/organisers/event-administration.ts';
import { requestSignInLink, signInWithLink } from '#operations/organisers/organiser-sign-in.ts';
import { registrationMarks } from '#operations/organisers/registration-marks.ts';
import { changeWaitingListSetting } from '#operations/organisers/waiting-list-setting.ts';
import { mayChangeRegistrations } from '#shared/domain/organiser.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { changesCalendars, readEventDetails } from '#shared/organiser/event-details-form.ts';
import { readOfferSetting } from '#shared/organiser/offer-setting-form.ts';
import { participantCsv } from '#shared/organiser/participant-csv.ts';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import type { EventDetailsState } from '#web/pages/organiser/event-details-section.tsx';
import { OrganiserEventPage } from '#web/pages/organiser/organiser-event-page.tsx';
import { ConfirmSignInPage, SignInPage } from '#web/pages/organiser/organiser-sign-in-pages.tsx';
import { organiserApplicationRoutes } from './application-review-routes.tsx';
import { auditRoutes } from './audit-routes.tsx';
import { organiserMeetingRoutes } from './meeting-routes.tsx';
import { organisationSettingsRoutes } from './organisation-settings-routes.tsx';
import { organisationSwitchRoutes } from './organisation-switch-routes.tsx';
import { type OrganiserEnv, requireOrganiser, setSessionCookie, signOut } from './organiser-session.ts';
import { organiserOutboxRoutes } from './outbox-routes.tsx';
import { organiserProgrammeRoutes } from './programme-routes.tsx';
import { workspaceRoutes } from './workspace-routes.ts';
import { workspaceView } from './workspace-view.ts';

/** The organisers' side: e-mailed one-time sign-in, then their own organisation's events and registrations. */
export function organiserRoutes(context: AppContext): Hono {
  const routes = new Hono();
  const showMailbox = context.showMailbox === true;

  routes.get('/sign-in', (c) =>
    c.html(<SignInPage language={readerLanguage(c)} sent={false} showMailbox={showMailbox} />),
  );
  routes.post('/sign-in', async (c) => {
    const email = String((await c.req.formData()).get('email') ?? '').trim();
    if (email) await requestSignInLink(context, email);
    return c.html(<SignInPage language={readerLanguage(c)} sent showMailbox={showMailbox} />);
  });
  // The one-time sign-in link is a secret in the path, like a manage link: never cached, never sent on as a Referer.
  routes.use('/sign-in/:token', secretLinkHeaders);
  routes.get('/sign-in/:token', (c) =>
    c.html(<ConfirmSignInPage language="sv" path={`/organiser/sign-in/${c.req.param('token')}`} valid />),
  );
  routes.post('/sign-in/:token', async (c) => {
    const session = await signInWithLink(context, c.req.param('token'));
    if (!session) return c.html(<ConfirmSignInPage language="sv" path="" valid={false} />, 400);
    setSessionCookie(context, c, session);
    return c.redirect('/organiser', 303);
  });
  routes.post('/sign-out', async (c) => {
    await signOut(context, c);
    return c.redirect('/organiser/sign-in', 303);
  });

  const signedIn = new Hono<OrganiserEnv>();
  signedIn.use(requireOrganiser(context));
  signedIn.route('/', workspaceRoutes(context));
  signedIn.route('/', organiserProgrammeRoutes(context));
  signedIn.route('/', organiserOutboxRoutes(context));
  signedIn.route('/', organiserApplicationRoutes(context));
  signedIn.route('/', organiserMeetingRoutes(context));
  signedIn.route('/', organisationSwitchRoutes(context));
  signedIn.route('/', organisationSettingsRoutes(context));
  signedIn.route('/', auditRoutes(context));

  async function eventPage(
    c: Context<OrganiserEnv>,
    eventId: string,
    notice?: 'promoted' | 'cancelled' | 'settingsSaved',
    settingsError?: boolean,
    cancellation?: { notified?: number; notConfirmed?: boolean },
    detailsState?: EventDetailsState,
  ) {
    const organiser = c.var.organiser;
    const page = await ownEvent(context, organiser, eventId);
    if (!page) return undefined;
    const registrations = await eventRegistrations(context, page);
    return (
      <OrganiserEventPage
        {...(await workspaceView(context, c))}
        organiser={organiser}
        event={page.event}
        {...registrations}
        undeliverable={await registrationMarks(context.table, registrations)}
        notice={notice}
        settingsError={settingsError}
        eventCancelledNotified={cancellation?.notified}
        cancelNotConfirmed={cancellation?.notConfirmed}
        detailsState={detailsState}
        showMailbox={showMailbox}
      />
    );
  }

  signedIn.get('/events/:eventId', async (c) => {
    const page = await eventPage(c, c.req.param('eventId'));
    return page ? c.html(page) : c.html(<NotFoundPage language="sv" />, 404);
  });

  signedIn.get('/events/:eventId/participants.csv', async (c) => {
    const organiser = c.var.organiser;
    const page = await ownEvent(context, organiser, c.req.param('eventId'));
    if (!page) return c.html(<NotFoundPage language="sv" />, 404);
    const { confirmed, offered, waiting, cancelled } = await eventRegistrations(context, page);
    const { language } = await workspaceView(context, c);
    return c.body(
      participantCsv(page.event, [...confirmed, ...offered, ...waiting, ...cancelled], language),
      200,
      {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${page.event.id}-deltagare.csv"`,
      },
    );
  });

  signedIn.post('/events/:eventId/registrations/:registrationId/:action{promote|cancel}', async (c) => {
    const organiser = c.var.organiser;
    const page = await ownEvent(context, organiser, c.req.param('eventId'));
    if (!page) return c.html(<NotFoundPage language="sv" />, 404);
    if (!mayChangeRegistrations(organiser.role)) return c.text('Forbidden', 403);
    const action = c.req.param('action') as 'promote' | 'cancel';
    if (action === 'promote')
      await promoteRegistration(context, organiser, page, c.req.param('registrationId'));
    else await cancelRegistrationAsOrganiser(context, organiser, page, c.req.param('registrationId'));
    const updated = await eventPage(c, page.event.id, action === 'promote' ? 'promoted' : 'cancelled');
    return c.html(updated ?? <NotFoundPage language="sv" />);
  });

  signedIn.post('/events/:eventId/details', async (c) => {
    const organiser = c.var.organiser;
    const page = await ownEvent(context, organiser, c.req.param('eventId'));
    if (!page) return c.html(<NotFoundPage language="sv" />, 404);
    if (!mayChangeRegistrations(organiser.role)) return c.text('Forbidden', 403);
    const { language } = await workspaceView(context, c);
    const t = organiserMessagesFor(language);
    const values = Object.fromEntries(
      [...(await c.req.formData()).entries()].map(([name, value]) => [name, String(value)]),
    );
    const read = readEventDetails(page.event, language, values);
    const respond = async (state: EventDetailsState, status: 200 | 409 | 422) =>
      c.html(
        (await eventPage(c, page.event.id, undefined, false, undefined, state)) ?? (
          <NotFoundPage language="sv" />
        ),
        status,
      );
    if (!read.ok) return respond({ errors: read.errors, values }, 422);
    if (!changesCalendars(page.event, read.details)) return respond({ message: t.detailsUnchanged }, 200);
    const audit = await auditWrites(
      context,
      organiser,
      eventChange(page.event, 'event-details-changed'),
      page.event,
    );
    const told = await changeEventDetails(context, page.event, read.details, audit);
    if (told === undefined)
      return respond({ message: t.detailsChangedMeanwhile, refused: true, values }, 409);
    return respond({ message: t.detailsSaved(told) }, 200);
  });

  signedIn.post('/events/:eventId/cancel-event', async (c) => {
    const organiser = c.var.organiser;
    const page = await ownEvent(context, organiser, c.req.param('eventId'));
    if (!page) return c.html(<NotFoundPage language="sv" />, 404);
    if (!mayChangeRegistrations(organiser.role)) return c.text('Forbidden', 403);
    if ((await c.req.formData()).get('confirm') !== 'yes') {
      const again = await eventPage(c, page.event.id, undefined, false, { notConfirmed: true });
      return c.html(again ?? <NotFoundPage language="sv" />, 422);
    }
    const notified = await cancelEvent(context, organiser, page.event);
    const updated = await eventPage(c, page.event.id, undefined, false, { notified });
    return c.html(updated ?? <NotFoundPage language="sv" />);
  });

  signedIn.post('/events/:eventId/waiting-list', async (c) => {
    const organiser = c.var.organiser;
    const page = await ownEvent(context, organiser, c.req.param('eventId'));
    if (!page) return c.html(<NotFoundPage language="sv" />, 404);
    if (!mayChangeRegistrations(organiser.role)) return c.text('Forbidden', 403);
    const form = await c.req.formData();
    const setting = readOfferSetting({
      mode: String(form.get('mode')),
      offerHours: String(form.get('offerHours')),
    });
    if (setting.ok) await changeWaitingListSetting(context, organiser, page.event, setting.offerHours);
    const updated = await eventPage(c, page.event.id, setting.ok ? 'settingsSaved' : undefined, !setting.ok);
    return c.html(updated ?? <NotFoundPage language="sv" />, setting.ok ? 200 : 422);
  });

  routes.route('/', signedIn);
  return routes;
}
