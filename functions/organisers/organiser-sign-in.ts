import type { Language } from '../../shared/domain/event.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import { organiserMessagesFor } from '../../shared/i18n/organiser-messages.ts';
import { renderMailBodies } from '../../shared/mail/mail-layout.ts';
import type { AppContext } from '../http/app-context.ts';
import { hashEmail, hashSecret, newSecretToken } from '../security/secret-token.ts';
import { getOrganisation } from '../store/organisation-items.ts';
import { consumeSignInLink, getOrganiser, issueSignInLink, startSession } from '../store/organiser-items.ts';

const SIGN_IN_LINK_MINUTES = 10;
const SESSION_HOURS = 8;

/** An organisation works in its country's language. */
export function organisationLanguage(organisation: Pick<Organisation, 'country'> | undefined): Language {
  return organisation?.country === 'NO' ? 'nb' : 'sv';
}

/**
 * E-mails a one-time sign-in link if the address belongs to an organiser. The caller answers the same either way,
 * so the form does not tell who is an organiser.
 */
export async function requestSignInLink(context: AppContext, email: string): Promise<void> {
  const emailHash = hashEmail(email);
  const organiser = await getOrganiser(context.table, emailHash);
  if (!organiser) return;
  const language = organisationLanguage(await getOrganisation(context.table, organiser.organisationId));
  const t = organiserMessagesFor(language);
  const token = newSecretToken();
  const now = context.clock();
  await issueSignInLink(
    context.table,
    {
      tokenHash: hashSecret(token),
      emailHash,
      validUntil: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000),
    },
    {
      to: organiser.email,
      subject: t.mailSubject,
      ...renderMailBodies(language, {
        paragraphs: [t.mailBody],
        link: { label: t.mailLink, url: `${context.publicBaseUrl}/organiser/sign-in/${token}` },
        footer: [t.mailWhy],
      }),
    },
    now.toISOString(),
  );
}

/** Turns a sign-in link into a session, once; returns the session's secret for the cookie. */
export async function signInWithLink(context: AppContext, token: string): Promise<string | undefined> {
  const now = context.clock();
  const emailHash = await consumeSignInLink(context.table, hashSecret(token), now);
  if (!emailHash || !(await getOrganiser(context.table, emailHash))) return undefined;
  const session = newSecretToken();
  await startSession(context.table, {
    tokenHash: hashSecret(session),
    emailHash,
    validUntil: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  });
  return session;
}
