import type { Language } from '#shared/domain/event.ts';
import { documentsByMunicipality, type GroupDocument } from '#shared/domain/group-document.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { groupDocumentMessagesFor } from '#shared/i18n/group-document-messages.ts';
import { ActionButton } from './action-button.tsx';

/**
 * A working group's shared documents, under a heading per municipality: each with its kind and year, its file and
 * who shared it, a download link (the app's route, which checks who asks before it signs an address) and, for the
 * team that shared it, a button that removes it.
 */
export function GroupDocumentList(props: {
  language: Language;
  documents: GroupDocument[];
  /** The heading level of the municipalities: below the section's own. */
  level: 3 | 2;
  downloadHref: (document: GroupDocument) => string;
  /** Members only: where their own team's documents are removed. */
  removeAction?: (document: GroupDocument) => string | undefined;
  /** The municipality names of the teams, by code, to say who shared each. */
  teams: Record<string, string>;
}) {
  const t = groupDocumentMessagesFor(props.language);
  const f = fileMessagesFor(props.language);
  if (props.documents.length === 0) return <p>{t.none}</p>;
  const Heading = props.level === 3 ? 'h3' : 'h2';
  return (
    <>
      {documentsByMunicipality(props.documents).map(({ municipality, documents }) => (
        <div class="session-files">
          <Heading>
            {municipality} <span class="hint">({t.count(documents.length)})</span>
          </Heading>
          <ul class="file-list">
            {documents.map((document) => {
              const removeAction = props.removeAction?.(document);
              return (
                <li>
                  <p>
                    <a href={props.downloadHref(document)}>{document.title}</a>
                    <br />
                    {t.about(t.kinds[document.kind], document.year)} · {f.fileKinds[document.fileKind]},{' '}
                    {f.size(document.size ?? 0)} ·{' '}
                    {t.sharedBy(props.teams[document.teamCode] ?? document.teamCode)}
                  </p>
                  {removeAction && (
                    <ActionButton
                      action={removeAction}
                      label={f.remove}
                      subject={document.title}
                      kind="danger"
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}
