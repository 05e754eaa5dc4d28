import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Presentation } from '#shared/domain/presentation.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { PresentationFields } from '#web/components/presentation-fields.tsx';
import { Layout } from '#web/layout.tsx';

/** The speaker's page from the organisers' link: what is uploaded to the session already, and the first step of one more. */
export function SpeakerUploadPage(props: {
  event: EventRecord;
  slot: ProgrammeSlot;
  language: Language;
  path: string;
  files: Presentation[];
  values: Record<string, string>;
  errors: FieldErrors;
  notice?: { text: string; refused: boolean };
  showMailbox: boolean;
}) {
  const p = presentationMessagesFor(props.language);
  const f = fileMessagesFor(props.language);
  return (
    <Layout language={props.language} title={p.speakerPage(props.slot.title)} showMailbox={props.showMailbox}>
      <p class="kind">
        <a href={`/events/${props.event.id}`}>{props.event.title}</a>
      </p>
      <h1>{p.speakerPage(props.slot.title)}</h1>
      <p>{p.speakerIntro}</p>
      {props.notice && <ActionNotice refused={props.notice.refused}>{props.notice.text}</ActionNotice>}
      {props.files.length > 0 && (
        <section aria-labelledby="uploaded">
          <h2 id="uploaded">{p.speakerUploaded}</h2>
          <ul>
            {props.files.map((file) => (
              <li>
                {file.title} ({f.fileKinds[file.fileKind]}, {f.size(file.size ?? 0)})
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="add">
        <h2 id="add">{p.addHeading}</h2>
        <ErrorSummary
          heading={f.errorSummary}
          errors={props.errors}
          labels={{ title: f.title, fileKind: f.fileKind }}
        />
        <form method="post" action={props.path} novalidate>
          <PresentationFields
            language={props.language}
            withVisibility={false}
            values={props.values}
            errors={props.errors}
          />
          <button type="submit" class="button">
            {f.continue}
          </button>
        </form>
      </section>
    </Layout>
  );
}
