import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { ProgrammeTextContext } from '#shared/programme/programme-from-text.ts';
import { programmeToText } from '#shared/programme/programme-to-text.ts';
import { localDay } from '#shared/time.ts';
import {
  ProgrammeEditorPage,
  type ProgrammeEditorPageProps,
} from '#web/pages/organiser/programme-editor-page.tsx';
import type { WorkspaceAccess } from './workspace-event-access.tsx';

/** What the editor shows besides the stored programme: a refused text sent back, errors, the outcome of a change. */
type EditorView = Pick<ProgrammeEditorPageProps, 'programmeErrors' | 'material' | 'notice' | 'refusal'> & {
  text?: string;
};

/** How the event's programme is written as text and read back: from its first day, in its zone and language. */
export const programmeTextContext = (event: EventRecord): ProgrammeTextContext => ({
  eventId: event.id,
  day: localDay(event.startsAt, event.timeZone),
  timeZone: event.timeZone,
  language: event.language,
});

/** The programme editor page for the event `access` settled, the text as stored unless `view` sends one back. */
export function programmeEditor(
  context: AppContext,
  organiser: Organiser,
  { page, language, organisationName }: WorkspaceAccess,
  view: EditorView = {},
) {
  return (
    <ProgrammeEditorPage
      language={language}
      organisationName={organisationName}
      organiser={organiser}
      showMailbox={context.showMailbox === true}
      event={page.event}
      slots={page.slots}
      picks={page.slotPicks}
      {...view}
      text={view.text ?? programmeToText(page.slots, programmeTextContext(page.event))}
    />
  );
}
