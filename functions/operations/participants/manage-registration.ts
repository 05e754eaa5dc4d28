import type { AppContext } from '#context/app-context.ts';
import { readToken } from '#security/located-token.ts';
import { hashEmail } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import { needsGiven, type SensitiveNeeds } from '#shared/domain/registration.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { answersOpen } from '#shared/sign-up/answers-open.ts';
import { answersToRemovedQuestions } from '#shared/sign-up/question-answers.ts';
import { readSignUpForm } from '#shared/sign-up/sign-up-form.ts';
import { getNeeds } from '#store/entities/needs.ts';
import { type StoredRegistration, withoutSecret } from '#store/entities/registration.ts';
import { manageLinkTarget } from '#store/reads/by-secret-link.ts';
import { type EventPage, getEventPage } from '#store/reads/event-page.ts';
import { recentOrganisation } from '#store/reads/organisation-cache.ts';
import { pseudonymiseAuditEntries } from '#store/transactions/audit-pseudonymisation.ts';
import {
  eraseAnswersNaming,
  eraseOutboxCopies,
  eraseRegistration,
} from '#store/transactions/personal-data-erasure.ts';
import { updateRegistrationDetails } from '#store/transactions/registration-details.ts';
import { acceptOffer } from '#store/transactions/seat-offers.ts';
import { cancelWithPromotion } from './cancel-with-promotion.ts';
import { manageLinks } from './manage-links.ts';
import { replaceManageLink } from './replace-manage-link.ts';

export interface OpenedBooking {
  page: EventPage;
  registration: StoredRegistration;
  needs: SensitiveNeeds;
}

/** A manage link that was replaced opens nothing, but says so, and for which event to ask for the link again. */
export interface ReplacedLink {
  replaced: EventRecord;
}

/** What a manage link opens: the booking; that it was replaced; or undefined for a link erased or never made. */
export async function openBooking(
  context: AppContext,
  token: string,
): Promise<OpenedBooking | ReplacedLink | undefined> {
  const read = readToken(token);
  const target = read && (await manageLinkTarget(context.table, read));
  if (!target) return undefined;
  const eventId = target.kind === 'current' ? target.registration.eventId : target.eventId;
  const page = await getEventPage(context.table, eventId);
  if (!page) return undefined;
  if (target.kind === 'replaced') return { replaced: page.event };
  const { registration } = target;
  return { page, registration, needs: await getNeeds(context.table, page.event.id, registration.id) };
}

/** The participant cancels: the seat goes to the first in line, who is told by e-mail with a manage link of their own. */
export async function cancelBooking(context: AppContext, booking: OpenedBooking) {
  const cancellerLink = (await manageLinks(context)).mailable(booking.registration);
  return cancelWithPromotion(context, booking.page.event, booking.registration.id, { cancellerLink });
}

/** The participant asks for a new link, theirs having leaked: it is mailed, and the one they used stops working. */
export function replaceBookingLink(context: AppContext, booking: OpenedBooking): Promise<void> {
  return replaceManageLink(context, booking.page.event, booking.registration);
}

/**
 * Changes the participant's own details with the same checks as the sign-up form; the address stays. Saved, or
 * not, when the booking was cancelled meanwhile (in another tab, or by an organiser).
 */
export async function updateBooking(
  context: AppContext,
  booking: OpenedBooking,
  input: Record<string, unknown>,
): Promise<{ ok: true; notice: 'saved' | 'cancelled' } | { ok: false; errors: FieldErrors }> {
  const { event } = booking.page;
  // Past the deadline the answers stand as given: the form's are not read, the stored ones are kept.
  const open = answersOpen(event, context.clock());
  const read = readSignUpForm(
    { ...event, questions: open ? event.questions : [] },
    { ...input, email: booking.registration.email },
  );
  if (!read.ok) return read;
  const { form } = read;
  const organisation = await recentOrganisation(context.table, booking.page.event.organisationId);
  const result = await updateRegistrationDetails(context.table, booking.registration, {
    now: context.clock().toISOString(),
    details: {
      name: form.name,
      organisation: form.organisation,
      organisationKind: form.organisationKind,
      role: form.role,
      answers: open
        ? { ...answersToRemovedQuestions(event.questions, booking.registration.answers), ...form.answers }
        : (booking.registration.answers ?? {}),
    },
    needs: {
      needs: open || !booking.needs.answers ? form.needs : { ...form.needs, answers: booking.needs.answers },
      expiresAt: erasureTimes(booking.page.event, { retentionDays: organisation?.retentionDays ?? 0 })
        .needsExpiresAt,
    },
  });
  return { ok: true, notice: result === 'saved' ? 'saved' : 'cancelled' };
}

/** Everything stored about the participant for this event, as they may download it (GDPR art. 15 and 20). */
export function bookingData(booking: OpenedBooking) {
  const registration = withoutSecret(booking.registration);
  return {
    event: {
      id: booking.page.event.id,
      title: booking.page.event.title,
      startsAt: booking.page.event.startsAt,
    },
    registration,
    needs: booking.needs,
  };
}

/**
 * The participant erases their data: a live booking is cancelled first, so its seat is not lost to the others.
 * The copies of every e-mail sent to them go too, the cancellation receipt just queued included: a receipt would
 * have to keep the address they asked us to forget, and the page they are on already says it is done. So do the
 * answers kept for retries of the forms they were sent with (their sign-up's page names them). The organisers' audit
 * trail keeps what was done to the registration, with the person's pseudonym in place of their name: first, so an
 * erasure cut short leaves the link working for the person to finish it, and once more after the registration is
 * gone, for an organiser's change that came in meanwhile (none can name it after that).
 */
export async function eraseBooking(context: AppContext, booking: OpenedBooking): Promise<void> {
  if (booking.registration.status !== 'cancelled') await cancelBooking(context, booking);
  const { event } = booking.page;
  await pseudonymiseAuditEntries(context.table, event, booking.registration.id);
  await eraseRegistration(context.table, { ...booking.registration, status: 'cancelled' });
  await pseudonymiseAuditEntries(context.table, event, booking.registration.id);
  const person = { email: booking.registration.email, emailHash: hashEmail(booking.registration.email) };
  await eraseOutboxCopies(context.table, booking.page.event.id, person);
  await eraseAnswersNaming(context.table, booking.page.event.id, person.emailHash);
}

/** The person accepts the seat held for them; false when the offer had already run out or been answered. */
export async function acceptSeatOffer(context: AppContext, booking: OpenedBooking): Promise<boolean> {
  const link = (await manageLinks(context)).mailable(booking.registration);
  const registration = withoutSecret(booking.registration);
  return acceptOffer(
    context.table,
    registration,
    context.clock().toISOString(),
    participantMailIntent(
      'confirmation',
      { ...registration, status: 'confirmed' },
      { ...(link ? { manageLinkVersion: link.version } : {}), needsNoted: needsGiven(booking.needs) },
    ),
  );
}
