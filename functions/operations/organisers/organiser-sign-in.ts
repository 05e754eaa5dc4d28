import type { AppContext } from '#context/app-context.ts';
import { hashEmail, hashSecret, newSecretToken } from '#security/secret-token.ts';
import type { Language } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import { newSessionTimes } from '#shared/domain/session-window.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { renderMailBodies } from '#shared/mail/mail-layout.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { getOrganiserAccount } from '#store/reads/organiser-account.ts';
import { startSession } from '#store/transactions/organiser-sessions.ts';
import { consumeSignInLink, issueSignInLink } from '#store/transactions/sign-in-links.ts';

const SIGN_IN_LINK_MINUTES = 10;

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
  const account = await getOrganiserAccount(context.table, emailHash);
  if (!account) return;
  const first = account.memberships[0]?.organisationId ?? '';
  const language = organisationLanguage(await getOrganisation(context.table, first));
  const t = organiserMessagesFor(language);
  await newSignInLink(context, emailHash, (url) => ({
    to: account.email,
    ...renderMailBodies(language, {
      subject: t.mailSubject,
      paragraphs: [t.mailBody],
      action: { label: t.mailLink, url },
      footer: [t.mailWhy],
    }),
  }));
}

/** A sign-in link for an organiser, handed to whoever runs the platform (`npm start` prints one), not e-mailed. */
export async function signInLinkFor(context: AppContext, email: string): Promise<string | undefined> {
  const emailHash = hashEmail(email);
  if (!(await getOrganiserAccount(context.table, emailHash))) return undefined;
  return newSignInLink(context, emailHash);
}

async function newSignInLink(
  context: AppContext,
  emailHash: string,
  message?: (url: string) => Parameters<typeof issueSignInLink>[2],
): Promise<string> {
  const token = newSecretToken();
  const url = `${context.publicBaseUrl}/organiser/sign-in/${token}`;
  const now = context.clock();
  await issueSignInLink(
    context.table,
    {
      tokenHash: hashSecret(token),
      emailHash,
      validUntil: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000),
    },
    message?.(url),
    now.toISOString(),
  );
  return url;
}

/**
 * Turns a sign-in link into a session, once; returns the session's secret for the cookie. The session acts for the
 * organiser's first organisation; they switch to another from any page.
 */
export async function signInWithLink(context: AppContext, token: string): Promise<string | undefined> {
  const now = context.clock();
  const emailHash = await consumeSignInLink(context.table, hashSecret(token), now);
  const account = emailHash ? await getOrganiserAccount(context.table, emailHash) : undefined;
  const organisationId = account?.memberships[0]?.organisationId;
  if (!emailHash || !organisationId) return undefined;
  const session = newSecretToken();
  await startSession(context.table, hashSecret(session), {
    emailHash,
    organisationId,
    ...newSessionTimes(now),
  });
  return session;
}
