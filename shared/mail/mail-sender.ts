import type { Organisation } from '#shared/domain/organisation.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';

/**
 * Who a message about an organisation's event says it is from, as the organisation's admins set it: their sender
 * name and reply-to address. The sending address itself stays the platform's, the one the mail service verifies.
 */
export function mailSenderOf(
  organisation: Pick<Organisation, 'senderName' | 'replyTo'>,
): Pick<OutboundMessage, 'sender'> {
  const { senderName, replyTo } = organisation;
  if (!senderName && !replyTo) return {};
  return { sender: { ...(senderName ? { name: senderName } : {}), ...(replyTo ? { replyTo } : {}) } };
}
