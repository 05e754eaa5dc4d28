import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import { heldAgendaFeedToken } from '#operations/participants/agenda-feed-token.ts';
import { chooseAddOns, saveAddOns } from '#operations/participants/change-add-ons.ts';
import {
  acceptSeatOffer,
  bookingData,
  cancelBooking,
  eraseBooking,
  type OpenedBooking,
  openBooking,
  type ReplacedLink,
  replaceBookingLink,
  updateBooking,
} from '#operations/participants/manage-registration.ts';
import { agendaFeedFor, agendaSlots, saveAgenda } from '#operations/participants/participant-agenda.ts';
import { signUpForEvent } from '#operations/participants/sign-up-for-event.ts';
import { takesDelegations } from '#shared/delegation/quota.ts';
import { cancellationConsequence } from '#shared/domain/cancellation-consequence.ts';
import { certificateStanding } from '#shared/domain/certificate.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { seatsLeft } from '#shared/domain/seats-left.ts';
import { manageLinkMessagesFor } from '#shared/i18n/manage-link-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import {
  agendaFeedUrl,
  delegationFormPath,
  linkAgainPath,
  managePath,
  presentationsPath,
} from '#shared/public-urls.ts';
import { answersOpen } from '#shared/sign-up/answers-open.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import { pickedSlotIds } from '#store/entities/agenda-pick.ts';
import { getPublicEvent } from '#store/entities/event.ts';
import { withCurrentPlace } from '#store/entities/registration.ts';
import { cachedPublicEvent } from '#store/reads/event-cache.ts';
import { getPublicEventPage } from '#store/reads/event-page.ts';
import { recentOrganisation } from '#store/reads/organisation-cache.ts';
import { isAddOnField } from '#web/components/manage-add-ons.tsx';
import { AddOnConfirmPage } from '#web/pages/add-on-confirm-page.tsx';
import { ManageConfirmPage } from '#web/pages/manage-confirm-page.tsx';
import { ManageMessagePage, ManagePage, type ManagePageProps } from '#web/pages/manage-page.tsx';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { ReplacedLinkPage } from '#web/pages/replaced-link-page.tsx';
import { SignUpOutcomePage } from '#web/pages/sign-up-outcome-page.tsx';
import { SignUpPage } from '#web/pages/sign-up-page.tsx';

/** The participant's side: sign-up form and outcome, and the secret manage link's page and actions. */
export function participantRoutes(context: AppContext): Hono {
  const routes = new Hono();
  const showMailbox = context.showMailbox === true;

  async function signUpForm(
    c: Context,
    event: EventRecord,
    values: Record<string, string>,
    errors: Record<string, string>,
  ) {
    const organisation = await recentOrganisation(context.table, event.organisationId);
    if (!organisation) throw new Error(`unknown organisation ${event.organisationId}`);
    // The form says whether the sign-up joins the waiting list, so it reads the seats as they are now.
    const page = await getPublicEventPage(context.table, event.id);
    const seats = page?.seats;
    return (
      <SignUpPage
        event={event}
        language={readerLanguage(c, event.language)}
        organisation={organisation}
        seatsLeft={seats && seatsLeft(event, seats.confirmed)}
        addOnsTaken={page?.addOnsTaken ?? {}}
        values={values}
        errors={errors}
        showMailbox={showMailbox}
      />
    );
  }

  routes.get('/events/:eventId/sign-up', async (c) => {
    const event = await getPublicEvent(context.table, c.req.param('eventId'));
    if (!event) return c.html(<NotFoundPage language={readerLanguage(c)} />, 404);
    if (takesDelegations(event)) return c.redirect(delegationFormPath(event.id), 303);
    const refusal = signUpRefusal(event, context.clock());
    if (refusal)
      return c.html(
        <SignUpOutcomePage
          event={event}
          language={readerLanguage(c, event.language)}
          outcome={{ kind: refusal }}
          showMailbox={showMailbox}
        />,
        409,
      );
    return c.html(await signUpForm(c, event, {}, {}));
  });

  routes.post('/events/:eventId/sign-up', async (c) => {
    // The process's copy: the sign-up's transaction proves it current, so a sign-up makes no read of its own.
    const event = await cachedPublicEvent(context.table, c.req.param('eventId'));
    if (!event) return c.html(<NotFoundPage language={readerLanguage(c)} />, 404);
    // One person's sign-up would take a seat outside every quota: events with quotas take delegations only.
    if (takesDelegations(event)) return c.redirect(delegationFormPath(event.id), 303);
    const fields = await formFields(c);
    const outcome = await signUpForEvent(context, event, fields, readerLanguage(c, event.language));
    if (outcome.kind === 'invalid') return c.html(await signUpForm(c, event, fields, outcome.errors), 422);
    const status =
      outcome.kind === 'confirmed' || outcome.kind === 'waiting'
        ? 201
        : outcome.kind === 'duplicate'
          ? 200
          : 409;
    return c.html(
      <SignUpOutcomePage
        event={event}
        language={readerLanguage(c, event.language)}
        outcome={outcome}
        showMailbox={showMailbox}
      />,
      status,
    );
  });

  const manage = new Hono();
  manage.use(secretLinkHeaders);

  /** The booking a manage link opens, or the page that says why it opens none. */
  async function opened(c: Context, token: string): Promise<OpenedBooking | Response> {
    const booking = await openBooking(context, token);
    if (booking && !('replaced' in booking)) return booking;
    return linkNotOpen(c, booking);
  }

  /** The manage page as the booking is now, after whatever the request did. */
  async function manageView(
    c: Context,
    token: string,
    view: Pick<ManagePageProps, 'notice' | 'errors' | 'values' | 'signUpAgainPath'> & {
      agendaSaved?: { full: string[] };
    } = {},
    status: 200 | 422 = 200,
  ) {
    const { agendaSaved, ...shown } = view;
    const booking = await opened(c, token);
    if (booking instanceof Response) return booking;
    const { page } = booking;
    const registration = await withCurrentPlace(context.table, booking.registration);
    const sessions = agendaSlots(booking);
    const feedToken = await heldAgendaFeedToken(context, registration);
    const agenda =
      registration.status === 'confirmed' && sessions.length > 0 && feedToken
        ? {
            slots: sessions,
            picked: await pickedSlotIds(context.table, page.event.id, registration.id),
            picks: page.slotPicks,
            feedUrl: agendaFeedUrl(context.publicBaseUrl, feedToken),
            saved: agendaSaved !== undefined,
            full: agendaSaved?.full,
          }
        : undefined;
    return c.html(
      <ManagePage
        event={booking.page.event}
        language={readerLanguage(c, booking.page.event.language)}
        registration={registration}
        needs={booking.needs}
        answersOpen={answersOpen(booking.page.event, context.clock())}
        path={managePath(token)}
        {...shown}
        agenda={agenda}
        presentationsPath={registration.status === 'confirmed' ? presentationsPath(token) : undefined}
        certificate={certificateStanding(page.event, registration, context.clock())}
        addOnsTaken={page.addOnsTaken}
        showMailbox={showMailbox}
      />,
      status,
    );
  }

  manage.get('/:token', (c) => manageView(c, c.req.param('token')));

  manage.post('/:token/agenda', async (c) => {
    const token = c.req.param('token');
    const booking = await opened(c, token);
    if (booking instanceof Response) return booking;
    const chosen = (await c.req.formData()).getAll('slot').map(String);
    const full = await saveAgenda(context, booking, chosen);
    return manageView(c, token, { agendaSaved: { full } });
  });

  manage.post('/:token/details', async (c) => {
    const token = c.req.param('token');
    const booking = await opened(c, token);
    if (booking instanceof Response) return booking;
    const fields = await formFields(c);
    const result = await updateBooking(context, booking, fields);
    if (result.ok) return manageView(c, token, { notice: result.notice });
    return manageView(
      c,
      token,
      { errors: result.errors, values: { ...fields, email: booking.registration.email } },
      422,
    );
  });

  /** The add-ons change in two steps: the boxes, then what changes and its confirmation. */
  manage.post('/:token/add-ons', async (c) => {
    const token = c.req.param('token');
    const booking = await opened(c, token);
    if (booking instanceof Response) return booking;
    const fields = await formFields(c);
    const language = readerLanguage(c, booking.page.event.language);
    if (fields.confirm !== 'yes') {
      const choice = chooseAddOns(context, booking, fields, language);
      if (choice.kind === 'unchanged') return manageView(c, token, { notice: 'addOnsUnchanged' });
      if (choice.kind === 'refused')
        return manageView(c, token, { errors: choice.errors, values: fields }, 422);
      return c.html(
        <AddOnConfirmPage
          event={booking.page.event}
          language={language}
          path={managePath(token)}
          added={choice.added}
          removed={choice.removed}
          fields={Object.fromEntries(Object.entries(fields).filter(([name]) => isAddOnField(name)))}
          showMailbox={showMailbox}
        />,
      );
    }
    const saved = await saveAddOns(context, booking, fields, language);
    if (saved.ok) return manageView(c, token, { notice: saved.notice });
    return manageView(c, token, { errors: saved.errors, values: fields }, 422);
  });

  /** The step before cancelling or erasing: what will happen, and the choice to go on or keep the booking. */
  async function confirmStep(c: Context, action: 'cancel' | 'erase') {
    const token = c.req.param('token') ?? '';
    const booking = await opened(c, token);
    if (booking instanceof Response) return booking;
    const { event, seats } = booking.page;
    if (action === 'cancel' && booking.registration.status === 'cancelled') return manageView(c, token);
    return c.html(
      <ManageConfirmPage
        event={event}
        language={readerLanguage(c, event.language)}
        path={managePath(token)}
        step={
          action === 'cancel'
            ? { action, consequence: cancellationConsequence(booking.registration.status, seats.waiting) }
            : { action }
        }
        showMailbox={showMailbox}
      />,
    );
  }

  /** Cancelling and erasing run only from their confirmation step; a post without it is shown the step. */
  const confirmed = async (c: Context) => (await formFields(c)).confirm === 'yes';

  manage.get('/:token/cancel', (c) => confirmStep(c, 'cancel'));
  manage.get('/:token/erase', (c) => confirmStep(c, 'erase'));

  manage.post('/:token/cancel', async (c) => {
    const token = c.req.param('token');
    const booking = await opened(c, token);
    if (booking instanceof Response) return booking;
    if (!(await confirmed(c))) return c.redirect(`${managePath(token)}/cancel`, 303);
    await cancelBooking(context, booking);
    const open = signUpRefusal(booking.page.event, context.clock()) === undefined;
    return manageView(c, token, {
      notice: 'cancelled',
      ...(open ? { signUpAgainPath: `/events/${booking.page.event.id}/sign-up` } : {}),
    });
  });

  manage.post('/:token/accept', async (c) => {
    const token = c.req.param('token');
    const booking = await opened(c, token);
    if (booking instanceof Response) return booking;
    const accepted = await acceptSeatOffer(context, booking);
    return manageView(c, token, { notice: accepted ? 'accepted' : 'offerGone' });
  });

  manage.get('/:token/data.json', async (c) => {
    const booking = await openBooking(context, c.req.param('token'));
    if (!booking)
      return c.json({ code: 'invalid-link', message: participantMessagesFor('sv').manage.invalidLink }, 404);
    if ('replaced' in booking)
      return c.json({ code: 'replaced-link', message: manageLinkMessagesFor('sv').replaced }, 410);
    c.header('Content-Disposition', 'attachment; filename="traffpunkt-data.json"');
    return c.json(bookingData(booking));
  });

  manage.post('/:token/erase', async (c) => {
    const token = c.req.param('token');
    const booking = await opened(c, token);
    if (booking instanceof Response) return booking;
    if (!(await confirmed(c))) return c.redirect(`${managePath(token)}/erase`, 303);
    await eraseBooking(context, booking);
    const { event } = booking.page;
    return c.html(
      <ManageMessagePage
        event={event}
        language={readerLanguage(c, event.language)}
        text={participantMessagesFor(readerLanguage(c, event.language)).manage.deleted}
        showMailbox={showMailbox}
      />,
    );
  });

  manage.post('/:token/replace-link', async (c) => {
    const booking = await opened(c, c.req.param('token'));
    if (booking instanceof Response) return booking;
    await replaceBookingLink(context, booking);
    const { event } = booking.page;
    const language = readerLanguage(c, event.language);
    return c.html(
      <ManageMessagePage
        event={event}
        language={language}
        text={manageLinkMessagesFor(language).linkReplaced(booking.registration.email)}
        showMailbox={showMailbox}
      />,
    );
  });

  /**
   * A replaced link says so (410), with where to have the newest one sent for its event; any other link that opens
   * nothing is not found, and says where to ask for a link all the same.
   */
  function linkNotOpen(c: Context, link: ReplacedLink | undefined) {
    if (link)
      return c.html(
        <ReplacedLinkPage
          event={link.replaced}
          language={readerLanguage(c, link.replaced.language)}
          showMailbox={showMailbox}
        />,
        410,
      );
    return c.html(
      <ManageMessagePage
        language={readerLanguage(c)}
        text={participantMessagesFor(readerLanguage(c)).manage.invalidLink}
        linkAgain={linkAgainPath()}
        showMailbox={showMailbox}
      />,
      404,
    );
  }

  routes.route('/manage', manage);

  // The agenda feed: a secret URL a calendar program fetches on its own, so it answers with the calendar or a 404.
  routes.get('/agenda/:file{[A-Za-z0-9_-]+\\.ics}', async (c) => {
    const feed = await agendaFeedFor(context, c.req.param('file').replace(/\.ics$/, ''));
    if (!feed) return c.text('Not found', 404);
    return c.body(feed, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, max-age=300',
      'Referrer-Policy': 'no-referrer',
    });
  });
  return routes;
}
