import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { Presentation } from '#shared/domain/presentation.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { PresentationFields } from '#web/components/presentation-fields.tsx';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

interface WorkspaceProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
}

/** A session with its files and the link its speaker uploads with. */
export interface SessionFiles {
  slot: ProgrammeSlot;
  files: Presentation[];
  speakerUploadUrl: string;
}

/**
 * The files on the event's sessions: per session its files (who sees each, switchable; removable), the way to add
 * one, and the speaker's upload link to send on, with a mail already written.
 */
export function PresentationsPage(
  props: WorkspaceProps & {
    sessions: SessionFiles[];
    mayChange: boolean;
    notice?: { text: string; refused: boolean };
  },
) {
  const { language, event } = props;
  const p = presentationMessagesFor(language);
  const f = fileMessagesFor(language);
  const base = eventSectionPath(event, 'presentations');
  return (
    <OrganiserLayout {...props} title={p.title(event.title)}>
      <EventWorkspaceHeader
        language={language}
        role={props.organiser.role}
        event={event}
        current="presentations"
        heading={p.title(event.title)}
      />
      <p>{p.intro}</p>
      {props.notice && <ActionNotice refused={props.notice.refused}>{props.notice.text}</ActionNotice>}
      {props.sessions.length === 0 && <p>{p.noSessions}</p>}
      {props.sessions.map(({ slot, files, speakerUploadUrl }) => (
        <section aria-labelledby={`session-${slot.id}`} class="session-files">
          <h2 id={`session-${slot.id}`}>{slot.title}</h2>
          {files.length === 0 ? (
            <p>{p.none}</p>
          ) : (
            <ul class="file-list">
              {files.map((file) => (
                <li>
                  <p>
                    <a href={`${base}/${file.id}/download`}>{file.title}</a> ({f.fileKinds[file.fileKind]},{' '}
                    {f.size(file.size ?? 0)}) · {p.shortVisibility[file.visibility]}
                    {file.uploadedBy === 'speaker' && ` · ${p.bySpeaker}`}
                  </p>
                  {props.mayChange && (
                    <div class="button-row">
                      <ActionButton
                        action={`${base}/${file.id}/visibility`}
                        label={p.makeVisibility[file.visibility === 'public' ? 'participants' : 'public']}
                        subject={file.title}
                        kind="secondary"
                      />
                      <ActionButton
                        action={`${base}/${file.id}/remove`}
                        label={f.remove}
                        subject={file.title}
                        kind="danger"
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          {props.mayChange && (
            <>
              <p>
                <a class="button button-secondary" href={`${base}/new?slot=${encodeURIComponent(slot.id)}`}>
                  {p.addFile(slot.title)}
                </a>
              </p>
              <div class="field">
                <label for={`speaker-link-${slot.id}`}>{p.speakerLink}</label>
                <p class="hint" id={`speaker-link-${slot.id}-hint`}>
                  {p.speakerLinkHint}
                </p>
                <input
                  type="text"
                  id={`speaker-link-${slot.id}`}
                  readonly
                  value={speakerUploadUrl}
                  aria-describedby={`speaker-link-${slot.id}-hint`}
                />
              </div>
              <p>
                <a
                  href={`mailto:?subject=${encodeURIComponent(p.speakerMailSubject(slot.title))}&body=${encodeURIComponent(p.speakerMailBody(slot.title, speakerUploadUrl))}`}
                >
                  {p.mailSpeakerLink(slot.title)}
                </a>
              </p>
            </>
          )}
        </section>
      ))}
    </OrganiserLayout>
  );
}

/** The first step of adding a file: the session, a title, who may see it and its kind. */
export function AddPresentationPage(
  props: WorkspaceProps & { sessions: ProgrammeSlot[]; values: Record<string, string>; errors: FieldErrors },
) {
  const { language, event } = props;
  const p = presentationMessagesFor(language);
  const f = fileMessagesFor(language);
  const base = eventSectionPath(event, 'presentations');
  return (
    <OrganiserLayout {...props} title={p.addHeading}>
      <EventWorkspaceHeader
        language={language}
        role={props.organiser.role}
        event={event}
        current="presentations"
        heading={p.addHeading}
      />
      <ErrorSummary
        heading={f.errorSummary}
        errors={props.errors}
        labels={{ slotId: p.session, title: f.title, visibility: p.visibility, fileKind: f.fileKind }}
      />
      <form method="post" action={base} novalidate>
        <PresentationFields
          language={language}
          sessions={props.sessions}
          withVisibility
          values={props.values}
          errors={props.errors}
        />
        <button type="submit" class="button">
          {f.continue}
        </button>
      </form>
    </OrganiserLayout>
  );
}
