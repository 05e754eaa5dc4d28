import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { ActionButton } from '#web/components/action-button.tsx';

/**
 * The event page's way into the workspace's daily pages: a draft's status with its edit and publish actions, the
 * search over registrations, messages, check-in, and copying the event as the start of a new one.
 */
export function WorkspaceEventLinks({
  language,
  event,
  organiser,
}: {
  language: Language;
  event: EventRecord;
  organiser: Organiser;
}) {
  const t = workspaceMessagesFor(language);
  const base = `/organiser/events/${event.id}`;
  const mayChange = mayChangeRegistrations(organiser.role);
  return (
    <>
      {event.status === 'draft' && (
        <div class="notice">
          <p>{t.editor.draftNote}</p>
          {mayChange && (
            <>
              <p>
                <a href={`${base}/edit`}>{t.editor.edit}</a>
              </p>
              <ActionButton action={`${base}/publish`} label={t.editor.publish} />
            </>
          )}
        </div>
      )}
      <ul class="actions">
        <li>
          <a href={`${base}/registrations`}>{t.search.heading}</a>
        </li>
        <li>
          <a href={`${base}/messages`}>{t.messages.link}</a>
        </li>
        <li>
          <a href={`${base}/check-in`}>{t.checkIn.link}</a>
        </li>
        {mayChange && (
          <li>
            <a href={`/organiser/events/new?from=${encodeURIComponent(event.id)}`}>{t.editor.duplicate}</a>
          </li>
        )}
      </ul>
    </>
  );
}
