import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import type { StoredRegistration } from '#store/entities/registration.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { sendManageLink } from '#store/transactions/manage-links.ts';
import { manageLinks } from './manage-links.ts';
import { organiserOf } from './participant-mail-context.ts';

/**
 * Gives a registration a new manage link and mails it, when the person or an organiser asks because the link was
 * lost or leaked: the old link then opens only a page saying it was replaced. When the registration holds another
 * link by then, someone replaced it meanwhile and mailed the newest link, so nothing more is done.
 */
export async function replaceManageLink(
  context: AppContext,
  event: EventRecord,
  registration: StoredRegistration,
  /** Writes that go with the replacement in its transaction: an organiser's audit entry. */
  also: TransactItem[] = [],
): Promise<void> {
  const link = (await manageLinks(context)).next(registration);
  await sendManageLink(
    context.table,
    registration,
    link,
    {
      mail: participantMailIntent('link-replaced', registration, { manageLinkVersion: link.version }),
      reason: 'manage-link-replaced',
      now: context.clock().toISOString(),
      expiresAt: erasureTimes(event, await organiserOf(context, event)).expiresAt,
    },
    also,
  );
}
