import type { EventRecord } from '../../shared/domain/event.ts';
import { participantMail } from '../../shared/mail/participant-mail.ts';
import type { AppContext } from '../http/app-context.ts';
import { hashSecret, newSecretToken } from '../security/secret-token.ts';
import { type CancellationResult, cancelRegistration } from '../store/cancellation-items.ts';
import { participantMailContext } from './participant-mail-context.ts';

/**
 * Cancels a registration, whoever asks: the canceller gets a receipt with METHOD:CANCEL (with their manage link when
 * they used it), and the first in line gets the freed seat, an invite and a manage link of their own.
 */
export async function cancelWithPromotion(
  context: AppContext,
  event: EventRecord,
  registrationId: string,
  cancellerToken?: string,
): Promise<CancellationResult> {
  const cancellerMail = await participantMailContext(context, event, cancellerToken);
  const promotedToken = newSecretToken();
  const promotedMail = await participantMailContext(context, event, promotedToken);
  return cancelRegistration(context.table, {
    event,
    registrationId,
    now: context.clock().toISOString(),
    cancelledMessage: (registration) => participantMail('cancelled', cancellerMail, registration),
    promotion: {
      manageTokenHash: hashSecret(promotedToken),
      message: (promoted) => participantMail('promoted', promotedMail, promoted),
    },
  });
}
