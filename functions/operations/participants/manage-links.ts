import type { JobContext } from '#context/job-context.ts';
import { derivedSecretToken, hashSecret } from '#security/secret-token.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { MailedManageLink } from '#shared/mail/participant-mail.ts';
import { MANAGE_TOKEN_SLOT, manageUrl } from '#shared/public-urls.ts';
import type { ManageLinkHash } from '#store/entities/manage-link.ts';
import type { StoredRegistration } from '#store/entities/registration.ts';

/**
 * Registrations' manage links. A link's secret is derived (HMAC-SHA-256) from the registration's id and the link's
 * version under the platform's link secret, so the same link can be mailed again whenever the person needs it,
 * while the table holds only its hash and mails hold a slot the mailer fills in as it sends: no item holds
 * anything that opens a booking. Replacing a link raises its version, so the old secret is never made again.
 */
export interface ManageLinks {
  /** A new registration's link. */
  first(registrationId: string): ManageLink;
  /**
   * The link the registration holds. Where its hash is not the one stored (a link drawn at random before links were
   * derived, or derived under an earlier link secret), this is the link to move the registration to.
   */
  held(registration: Holder): ManageLink;
  /** The link that replaces the one the registration holds. */
  next(registration: Holder): ManageLink;
  /** The link the registration holds, as a mail carries it; none for a link that cannot be derived again. */
  mailable(registration: StoredRegistration): MailedManageLink | undefined;
}

/** A registration's manage link: the hash and version the table knows it by, and how a mail carries it. */
export interface ManageLink extends ManageLinkHash {
  mailed: MailedManageLink;
}

type Holder = Pick<StoredRegistration, 'id' | 'manageLinkVersion'>;

const manageToken = (key: string, registrationId: string, version: number) =>
  derivedSecretToken(key, `manage-link:${registrationId}:${version}`);

export async function manageLinks(context: JobContext): Promise<ManageLinks> {
  const key = await context.linkSecret();
  const link = (registrationId: string, version: number): ManageLink => ({
    version,
    tokenHash: hashSecret(manageToken(key, registrationId, version)),
    mailed: { url: manageUrl(context.publicBaseUrl, MANAGE_TOKEN_SLOT), version },
  });
  const held = (registration: Holder) => link(registration.id, registration.manageLinkVersion ?? 0);
  return {
    first: (registrationId) => link(registrationId, 0),
    held,
    next: (registration) => link(registration.id, (registration.manageLinkVersion ?? 0) + 1),
    mailable: (registration) => {
      const holding = held(registration);
      return holding.tokenHash === registration.manageTokenHash ? holding.mailed : undefined;
    },
  };
}

/** The message as it is sent: the secret of the manage link it carries written into its slot. */
export async function withManageLink(
  linkSecret: () => Promise<string>,
  message: OutboundMessage,
): Promise<OutboundMessage> {
  if (!message.manageLink) return message;
  const { registrationId, version } = message.manageLink;
  const token = manageToken(await linkSecret(), registrationId, version);
  return {
    ...message,
    text: message.text.replaceAll(MANAGE_TOKEN_SLOT, token),
    html: message.html.replaceAll(MANAGE_TOKEN_SLOT, token),
  };
}
