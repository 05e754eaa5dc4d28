import { eventInvite } from '#shared/calendar/event-invite.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { ParticipantMailKind } from '#shared/domain/mail-intent.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration, RegistrationStatus } from '#shared/domain/registration.ts';
import { deadlineText, eventWhen } from '#shared/event-when.ts';
import { mailFactMessagesFor } from '#shared/i18n/mail-fact-messages.ts';
import { manageLinkMessagesFor } from '#shared/i18n/manage-link-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import {
  calendarFact,
  type EventMailLinks,
  programmeFact,
  questionsFact,
  whenFact,
  whereFact,
} from './event-facts.ts';
import { inviteOrganizer } from './invite-organizer.ts';
import { type MailFact, renderMailBodies } from './mail-layout.ts';
import { mailSenderOf } from './mail-sender.ts';
import { priceFact } from './price-fact.ts';

/** The participant's manage link as a mail carries it: its address with the secret left for the mailer to fill in. */
export interface MailedManageLink {
  /** The link's address with `MANAGE_TOKEN_SLOT` for its secret. */
  url: string;
  version: number;
}

/** What every e-mail to a participant knows: whose event it is, where it lives, and the participant's own link. */
export interface ParticipantMailContext extends EventMailLinks {
  event: EventRecord;
  organisation: Organisation;
  /** Where a participant asks for their manage link again: mails that do not carry it point there. */
  linkAgainUrl: string;
  /** The participant's secret manage link; absent when an organiser acts and holds no link to give. */
  manageLink?: MailedManageLink;
  /**
   * Whether the person gave dietary or accessibility needs, for the mails that repeat what was noted: they say
   * that needs were noted, never what they are. Absent where the sender has not read them; the mail is then silent.
   */
  needsNoted?: boolean;
  /** The lead who registered a delegation member, as the delegation names them. */
  registeredBy?: { name: string; organisation: string };
  now: Date;
}

/** The e-mail whose news a registration's status is: what an update tells of where the person stands. */
const STANDING: Record<RegistrationStatus, ParticipantMailKind> = {
  confirmed: 'confirmation',
  offered: 'offer',
  waiting: 'waiting',
  cancelled: 'cancelled',
};

/** What one kind of mail says: its subject, its news, the label of its main action and the facts after it. */
interface Story {
  subject: string;
  news: string[];
  action?: string;
  facts: MailFact[];
}

/**
 * The e-mail telling a participant what happened to their registration, in their language, with the invite where
 * one belongs, and the facts they are likely to ask for next: when and where, the programme, what was noted, how
 * to change or cancel, whom to ask, and links to add the event to a calendar that ignores the invite.
 */
export function participantMail(
  kind: ParticipantMailKind,
  context: ParticipantMailContext,
  registration: Registration,
): OutboundMessage {
  const { event, organisation } = context;
  const { language } = registration;
  const t = participantMessagesFor(language).mail;
  const withInvite =
    kind === 'confirmation' ||
    kind === 'promoted' ||
    kind === 'event-changed' ||
    // The updated registration may now be under an address that never had the invite.
    (kind === 'updated' && registration.status === 'confirmed');
  const onlineLink = withInvite && event.venue.kind === 'digital' ? event.onlineLink : undefined;
  const organizer = inviteOrganizer(organisation, event);
  const story = storyOf(kind, context, registration, organizer !== undefined);
  return {
    ...mailSenderOf(organisation),
    to: registration.email,
    ...renderMailBodies(language, {
      subject: story.subject,
      paragraphs: [t.greeting(registration.name), ...story.news],
      action: context.manageLink
        ? { label: story.action ?? t.manageLink, url: context.manageLink.url }
        : {
            label: endsRegistration(kind)
              ? mailFactMessagesFor(language).eventPage
              : messagesFor(language).readMore,
            url: context.eventUrl,
          },
      facts: story.facts,
      footer: [t.sentBy(organisation.name), t.why(event.title)],
    }),
    ...(context.manageLink
      ? { manageLink: { registrationId: registration.id, version: context.manageLink.version } }
      : {}),
    // Only someone who held an invite needs it withdrawn: `registration` is as it was before it was cancelled.
    ...(organizer && (withInvite || (withdrawsInvite(kind) && registration.status === 'confirmed'))
      ? {
          calendar: {
            method: withInvite ? 'REQUEST' : 'CANCEL',
            content: eventInvite({
              event,
              method: withInvite ? 'REQUEST' : 'CANCEL',
              organizer,
              attendee: { name: registration.name, email: registration.email },
              eventUrl: context.eventUrl,
              onlineLink,
              now: context.now,
            }),
          },
        }
      : {}),
  };
}

const withdrawsInvite = (kind: ParticipantMailKind) => kind === 'cancelled' || kind === 'event-cancelled';

/** After these the event's programme is no longer the reader's: its page is only where the event stands. */
const endsRegistration = (kind: ParticipantMailKind) => withdrawsInvite(kind) || kind === 'offer-expired';

function storyOf(
  kind: ParticipantMailKind,
  context: ParticipantMailContext,
  registration: Registration,
  /** Whether the mail can carry an invite: not without an address for the replies (`inviteOrganizer`). */
  invites: boolean,
): Story {
  const { event } = context;
  const { language } = registration;
  const t = participantMessagesFor(language).mail;
  const when = whenFact(event, language);
  const questions = questionsFact(event, context.organisation, context.eventUrl, language);
  // Without a manage link the main action is the event's page already.
  const programme = context.manageLink ? [programmeFact(context, language)] : [];
  // What someone who holds a place asks next; a mail that answers their sign-up also repeats what was noted.
  const placedFacts = (...noted: (MailFact | undefined)[]): MailFact[] => [
    when,
    whereFact(event, language, true),
    ...programme,
    ...noted.filter((fact) => fact !== undefined),
    changeFact(context, registration),
    questions,
    calendarFact(event, context, language, {
      onlineLink: event.venue.kind === 'digital' ? event.onlineLink : undefined,
      inviteAttached: invites,
    }),
  ];
  const linkNews = (body: string): Story => ({
    subject: t.manageLinkSubject(event.title),
    news: [body],
    facts: [when],
  });
  switch (kind) {
    case 'confirmation':
      return {
        subject: t.confirmationSubject(event.title),
        // A delegation member did not sign up themselves: the mail first says who did.
        news: [
          context.registeredBy
            ? t.registeredBy(event.title, context.registeredBy.name, context.registeredBy.organisation)
            : t.confirmationBody(event.title),
        ],
        // What was noted, and what it costs: the price per person and the add-ons taken at theirs.
        facts: placedFacts(notedFact(context, registration), priceFact(event, registration)),
      };
    case 'waiting':
      return {
        subject: t.waitingSubject(event.title),
        news: [
          t.waitingBody(event.title, registration.waitingPosition ?? 0),
          // Only time-limited offers ask anything of the person when their turn comes: how long they have.
          ...(event.offerHours ? [participantMessagesFor(language).waitingListHow(event.offerHours)] : []),
        ],
        facts: [
          when,
          whereFact(event, language, false),
          ...programme,
          notedFact(context, registration),
          changeFact(context, registration),
          questions,
        ],
      };
    case 'manage-link':
      return linkNews(t.manageLinkBody(event.title));
    case 'link-requested':
      return linkNews(t.linkRequestedBody(event.title));
    case 'link-replaced':
      return { ...linkNews(t.linkReplacedBody(event.title)), subject: t.linkReplacedSubject(event.title) };
    case 'promoted':
      return {
        subject: t.promotedSubject(event.title),
        news: [t.promotedBody(event.title)],
        facts: placedFacts(),
      };
    case 'offer':
      return {
        subject: t.offerSubject(event.title),
        news: [
          t.offerBody(event.title, deadlineText(registration.offerExpiresAt ?? '', event.timeZone, language)),
        ],
        action: t.answerOffer,
        facts: [when, whereFact(event, language, false), ...programme, questions],
      };
    case 'offer-expired':
      return {
        subject: t.offerExpiredSubject(event.title),
        news: [t.offerExpiredBody(event.title)],
        facts: [questions],
      };
    case 'cancelled':
      return {
        subject: t.cancelledSubject(event.title),
        news: [
          [
            t.cancelledBody(event.title, eventWhen(event, language)),
            ...(invites && registration.status === 'confirmed' ? [t.calendarEntryRemoved] : []),
          ].join(' '),
        ],
        // Only someone who cancelled themselves (and so used their link) may have changed their mind; a
        // cancellation by an organiser is not theirs to regret.
        facts: [
          ...(context.manageLink && signUpRefusal(event, context.now) === undefined
            ? [signUpAgainFact(context, language)]
            : []),
          questions,
        ],
      };
    case 'event-changed':
      return {
        subject: t.eventChangedSubject(event.title),
        news: [t.eventChangedBody(event.title)],
        facts: placedFacts(),
      };
    case 'event-cancelled':
      return {
        subject: t.eventCancelledSubject(event.title),
        news: [t.eventCancelledBody(event.title, eventWhen(event, language))],
        facts: [questions],
      };
    case 'updated': {
      const standing = storyOf(STANDING[registration.status], context, registration, invites);
      return {
        ...standing,
        subject: t.updatedSubject(event.title),
        news: [t.updatedBody(event.title), ...standing.news],
      };
    }
    case 'reminder':
      return {
        subject: t.reminderSubject(event.title),
        news: [t.reminderBody(event.title)],
        facts: [
          when,
          whereFact(event, language, true),
          ...programme,
          changeFact(context, registration, 'reminder'),
          questions,
        ],
      };
  }
}

/** What the registration says of the person, and whether needs were given (never what they are). */
function notedFact(context: ParticipantMailContext, registration: Registration): MailFact {
  const t = mailFactMessagesFor(registration.language);
  const person = [registration.name, registration.role, registration.organisation].filter(Boolean).join(', ');
  const needs =
    context.needsNoted === undefined
      ? []
      : context.needsNoted
        ? [t.needsNoted]
        : [
            [
              t.noNeeds,
              ...(context.manageLink
                ? [t.needsHow(participantMessagesFor(registration.language).mail.manageLink)]
                : []),
            ].join(' '),
          ];
  return { label: t.noted, lines: [person, ...needs] };
}

/** The way back for someone who cancelled: the event's page, where they can sign up again while it is open. */
function signUpAgainFact(context: ParticipantMailContext, language: Language): MailFact {
  const t = mailFactMessagesFor(language);
  return {
    label: t.changedMind,
    lines: [t.signUpAgain],
    links: [{ label: t.eventPage, url: context.eventUrl }],
  };
}

/**
 * How to change the registration or leave: through the manage link the mail carries, by the registration
 * deadline while it is ahead; without the link, where the confirmation has it and where to ask for it again.
 */
function changeFact(
  context: ParticipantMailContext,
  registration: Registration,
  moment: 'registered' | 'reminder' = 'registered',
): MailFact {
  const { language } = registration;
  const t = mailFactMessagesFor(language);
  const waiting = registration.status === 'waiting';
  const label = moment === 'reminder' ? t.cannotCome : waiting ? t.changeOrLeave : t.changeOrCancel;
  if (!context.manageLink) {
    return {
      label,
      lines: [t.linkInConfirmation],
      links: [{ label: manageLinkMessagesFor(language).askAgain, url: context.linkAgainUrl }],
    };
  }
  const link = participantMessagesFor(language).mail.manageLink;
  if (moment === 'reminder') return { label, lines: [t.cannotComeHow(link)] };
  if (waiting) return { label, lines: [t.changeOrLeaveHow(link)] };
  const deadline = context.event.registrationClosesAt;
  const ahead = deadline && Date.parse(deadline) > context.now.getTime();
  return {
    label,
    lines: [
      [
        t.changeOrCancelHow(link),
        ...(ahead ? [t.changeBy(deadlineText(deadline, context.event.timeZone, language))] : []),
      ].join(' '),
    ],
  };
}
