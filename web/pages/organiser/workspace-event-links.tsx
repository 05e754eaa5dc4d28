import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import { eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';

/**
 * The overview's actions on the event as a whole (the tabs lead to its daily pages): a draft's status with its
 * edit, preview and publish steps, the editor of a published event, and copying the event to a new edition.
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
  const creation = eventCreationMessagesFor(language);
  const base = `/organiser/events/${event.id}`;
  const mayChange = mayChangeRegistrations(organiser.role);
  return (
    <>
      {event.status === 'draft' && (
        <div class="notice">
          <p>{t.editor.draftNote}</p>
          <ul class="actions">
            {mayChange && (
              <li>
                <a href={`${base}/edit`}>{t.editor.edit}</a>
              </li>
            )}
            <li>
              <a href={`${base}/preview`}>{creation.preview.link}</a>
            </li>
            {mayChange && (
              <li>
                <a class="button" href={`${base}/publish`}>
                  {creation.publish.link}
                </a>
              </li>
            )}
          </ul>
        </div>
      )}
      <ul class="actions">
        {mayChange && event.status === 'published' && (
          <li>
            <a href={`${base}/edit`}>{eventChangeMessagesFor(language).editLink}</a>
          </li>
        )}
        {mayChange && (
          <li>
            <a href={`${base}/copy`}>{creation.copy.link}</a>
          </li>
        )}
      </ul>
    </>
  );
}
