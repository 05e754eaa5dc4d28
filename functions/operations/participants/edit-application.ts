import type { AppContext } from '#context/app-context.ts';
import { hashSecret } from '#security/secret-token.ts';
import { readApplicationForm } from '#shared/application/application-form.ts';
import type { Application } from '#shared/domain/application.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { applicationMail } from '#shared/mail/application-mail.ts';
import { applicationEditUrl, eventUrl } from '#shared/public-urls.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import type { StoredApplication } from '#store/entities/application.ts';
import { applicationByLink } from '#store/reads/by-secret-link.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { updateApplication } from '#store/transactions/applications.ts';
import { takesApplications } from './apply-to-working-group.ts';
import { organiserOf } from './participant-mail-context.ts';

export interface OpenedApplication {
  event: EventRecord;
  stored: StoredApplication;
  /** Whether the team may still change it: only until the application deadline. */
  changeable: boolean;
}

export type EditOutcome = { kind: 'saved' } | { kind: 'invalid'; errors: FieldErrors };

/** What an edit link opens, or undefined for a link that never existed, was replaced or whose data is erased. */
export async function openApplication(
  context: AppContext,
  token: string,
): Promise<OpenedApplication | undefined> {
  const stored = await applicationByLink(context.table, hashSecret(token));
  if (!stored) return undefined;
  const page = await getEventPage(context.table, stored.application.eventId);
  if (!page || !takesApplications(page.event)) return undefined;
  return { event: page.event, stored, changeable: signUpRefusal(page.event, context.clock()) === undefined };
}

/**
 * The team changes its application: the same hard criteria as applying, checked before anything is stored; the
 * municipality stays the one the application is kept under. Every member of the changed team gets a new receipt.
 */
export async function editApplication(
  context: AppContext,
  opened: OpenedApplication,
  token: string,
  input: Record<string, unknown>,
  /** The language the team edits in: refusals speak it. */
  language: Language,
): Promise<EditOutcome> {
  const { event, stored } = opened;
  const t = applicationMessagesFor(language);
  const closed: EditOutcome = { kind: 'invalid', errors: { application: t.edit.closed } };
  if (!opened.changeable) return closed;
  const read = readApplicationForm(language, {
    ...input,
    municipality: stored.application.municipalityCode,
  });
  if (!read.ok) return { kind: 'invalid', errors: read.errors };
  const now = context.clock().toISOString();
  const changed: Application = {
    ...stored.application,
    members: read.form.members,
    localSituation: read.form.localSituation,
    commitsToWorkBetweenMeetings: true,
  };
  const organisation = await organiserOf(context, event);
  const mail = {
    event,
    organisation,
    editUrl: applicationEditUrl(context.publicBaseUrl, token),
    eventUrl: eventUrl(context.publicBaseUrl, event.id),
  };
  const result = await updateApplication(
    context.table,
    event,
    stored,
    changed,
    changed.members.map((member) => applicationMail('updated', mail, changed, member)),
    now,
  );
  if (result === 'saved') return { kind: 'saved' };
  if (result === 'closed') return closed;
  return { kind: 'invalid', errors: { application: t.edit.stale } };
}
