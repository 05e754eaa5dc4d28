import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { ProgrammeList, type SessionFileLink } from '#web/components/programme-list.tsx';
import { Layout } from '#web/layout.tsx';

/** A confirmed participant's list of the event's material: the sessions that have files, each with its links. */
export function ParticipantPresentationsPage(props: {
  event: EventRecord;
  language: Language;
  slots: ProgrammeSlot[];
  files: SessionFileLink[];
  managePath: string;
  showMailbox: boolean;
}) {
  const p = presentationMessagesFor(props.language);
  const withFiles = props.slots.filter((slot) => props.files.some(({ slotId }) => slotId === slot.id));
  return (
    <Layout language={props.language} title={p.participantsHeading} showMailbox={props.showMailbox}>
      <p class="kind">
        <a href={props.managePath}>{props.event.title}</a>
      </p>
      <h1>{p.participantsHeading}</h1>
      <p>{p.participantsIntro}</p>
      {withFiles.length === 0 ? (
        <p>{p.participantsNone}</p>
      ) : (
        <ProgrammeList event={props.event} slots={withFiles} language={props.language} files={props.files} />
      )}
    </Layout>
  );
}
