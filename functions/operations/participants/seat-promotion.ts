import type { AppContext } from '#context/app-context.ts';
import { hashSecret, newSecretToken } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMail } from '#shared/mail/participant-mail.ts';
import type { Promotion } from '#store/transactions/promotion.ts';
import { participantMailContext } from './participant-mail-context.ts';

/**
 * What the next person in line gets with a seat of `event`: a manage link of their own (the old one stops working,
 * so the link in this mail is the one that counts) and the news, an offer to accept or a seat already theirs.
 */
export async function seatPromotion(context: AppContext, event: EventRecord): Promise<Promotion> {
  const token = newSecretToken();
  const mail = await participantMailContext(context, event, token);
  return {
    manageTokenHash: hashSecret(token),
    message: (next) => participantMail(next.status === 'offered' ? 'offer' : 'promoted', mail, next),
  };
}
