import type { AppContext } from '#context/app-context.ts';
import { webhookEmitter } from '#operations/webhooks/webhook-emission.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMailIntent, promotionMailStory } from '#shared/domain/mail-intent.ts';
import type { Promotion } from '#store/transactions/promotion.ts';
import { manageLinks } from './manage-links.ts';

/**
 * What the next person in line gets with a seat of `event`: the news, an offer to accept or a seat already theirs,
 * with the manage link they have held since they signed up.
 */
export async function seatPromotion(context: AppContext, event: EventRecord): Promise<Promotion> {
  const links = await manageLinks(context);
  const emit = await webhookEmitter(context, event.organisationId);
  return {
    linkOf: links.held,
    mail: (promoted, next) =>
      participantMailIntent(promotionMailStory(promoted), promoted, {
        manageLinkVersion: links.held(next).version,
      }),
    webhook: (promoted, at) =>
      emit(
        'registration.promoted',
        {
          organisationId: event.organisationId,
          eventId: event.id,
          registrationId: promoted.id,
          status: promoted.status === 'offered' ? 'offered' : 'confirmed',
          ...(promoted.offerExpiresAt ? { offerExpiresAt: promoted.offerExpiresAt } : {}),
        },
        at,
      ),
  };
}
