import type { JobContext } from '#context/job-context.ts';
import { placeOf } from '#security/located-token.ts';
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
 * anything that opens a booking. Replacing a link raises its version, so the old secret is never made again. After
 * the secret the link says where its registration is (`security/located-token.ts`), which holds the hash.
 */
export interface ManageLinks {
  /** A new registration's link. */
  first(registration: Place): ManageLink;
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

type Place = Pick<StoredRegistration, 'id' | 'eventId'>;
type Holder = Place & Pick<StoredRegistration, 'manageLinkVersion'>;

/** A registration's link at `version` as a mail carries it: its secret a slot the mailer fills in. */
export const mailedManageLink = (
  publicBaseUrl: string,
  registration: Place,
  version: number,
): MailedManageLink => ({
  url: manageUrl(publicBaseUrl, `${MANAGE_TOKEN_SLOT}${placeOf(registration)}`),
  version,
});

const manageToken = (key: string, registrationId: string, version: number) =>
  derivedSecretToken(key, `manage-link:${registrationId}:${version}`);

export async function manageLinks(context: JobContext): Promise<ManageLinks> {
  const key = await context.linkSecret();
  const link = (registration: Place, version: number): ManageLink => ({
    version,
    tokenHash: hashSecret(manageToken(key, registration.id, version)),
    mailed: mailedManageLink(context.publicBaseUrl, registration, version),
  });
  const held = (registration: Holder) => link(registration, registration.manageLinkVersion ?? 0);
  return {
    first: (registration) => link(registration, 0),
    held,
    next: (registration) => link(registration, (registration.manageLinkVersion ?? 0) + 1),
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
