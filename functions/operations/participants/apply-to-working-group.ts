import type { AppContext } from '#context/app-context.ts';
import { webhookEmitter } from '#operations/webhooks/webhook-emission.ts';
import { hashSecret, newSecretToken } from '#security/secret-token.ts';
import { readApplicationForm } from '#shared/application/application-form.ts';
import type { ApplyOutcome } from '#shared/application/apply-outcome.ts';
import type { Application } from '#shared/domain/application.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { applicationMail } from '#shared/mail/application-mail.ts';
import { applicationEditUrl, eventUrl } from '#shared/public-urls.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import { getApplication, type StoredApplication } from '#store/entities/application.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { replaceApplicationLink, submitApplication } from '#store/transactions/applications.ts';
import { organiserOf } from './participant-mail-context.ts';

/** Working groups take applications from municipalities; other kinds of event take sign-ups. */
export const takesApplications = (event: EventRecord) => event.kind === 'working-group';

/**
 * A municipality applies. Refused before anything is stored when the event takes no applications now or a hard
 * criterion fails; then one transaction stores the application (one per municipality, by its key), its edit link
 * and every member's receipt. A municipality that has applied already gets its edit link sent again instead.
 */
export async function applyToWorkingGroup(
  context: AppContext,
  event: EventRecord,
  input: Record<string, unknown>,
  /** The language the team applied in: refusals speak it. */
  language: Language,
): Promise<ApplyOutcome> {
  const now = context.clock();
  const refusal = signUpRefusal(event, now);
  if (refusal) return { kind: refusal };
  const read = readApplicationForm(language, input);
  if (!read.ok) return { kind: 'invalid', errors: read.errors };
  const { municipality, members, localSituation } = read.form;

  const organisation = await organiserOf(context, event);
  const application: Application = {
    eventId: event.id,
    municipalityCode: municipality.code,
    municipality: municipality.name,
    county: municipality.county.name,
    members,
    localSituation,
    commitsToWorkBetweenMeetings: true,
    status: 'submitted',
    submittedAt: now.toISOString(),
  };
  const token = newSecretToken();
  const mail = {
    event,
    organisation,
    editUrl: applicationEditUrl(context.publicBaseUrl, token),
    eventUrl: eventUrl(context.publicBaseUrl, event.id),
  };
  const result = await submitApplication(
    context.table,
    event,
    {
      application,
      linkTokenHash: hashSecret(token),
      revision: 0,
      expiresAt: erasureTimes(event, organisation).expiresAt,
    },
    members.map((member) => applicationMail('submitted', mail, application, member)),
    (await webhookEmitter(context, event.organisationId))(
      'application.submitted',
      {
        organisationId: event.organisationId,
        eventId: event.id,
        municipalityCode: application.municipalityCode,
      },
      application.submittedAt,
    ),
  );
  if (result === 'saved') return { kind: 'submitted', application };
  if (result === 'exists') {
    await resendEditLink(context, event, organisation, municipality.code);
    return { kind: 'already-applied', municipality: municipality.name };
  }
  const fresh = await getEventPage(context.table, event.id);
  return { kind: (fresh && signUpRefusal(fresh.event, now)) ?? 'deadline-passed' };
}

/**
 * Sends the team a new edit link; the old one stops working. It goes to the members named in the stored
 * application, never to the addresses of the second attempt: otherwise anyone could take over a municipality's
 * application by applying in its name. A concurrent replacement is retried with the application as it is then.
 */
async function resendEditLink(
  context: AppContext,
  event: EventRecord,
  organisation: Organisation,
  municipalityCode: string,
): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const stored: StoredApplication | undefined = await getApplication(
      context.table,
      event.id,
      municipalityCode,
    );
    if (!stored) return;
    const token = newSecretToken();
    const mail = {
      event,
      organisation,
      editUrl: applicationEditUrl(context.publicBaseUrl, token),
      eventUrl: eventUrl(context.publicBaseUrl, event.id),
    };
    const result = await replaceApplicationLink(
      context.table,
      stored,
      hashSecret(token),
      stored.application.members.map((member) => applicationMail('link', mail, stored.application, member)),
      context.clock().toISOString(),
    );
    if (result === 'saved') return;
  }
}
