import type { JobContext } from '#context/job-context.ts';
import { readyPresentations } from '#operations/presentations/session-presentations.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { eventPath, presentationsPath } from '#shared/public-urls.ts';
import type { SessionFileLink } from '#web/components/programme-list.tsx';

/** The files on the event's sessions that anyone may fetch, as the public page links them. */
export async function publicSessionFiles(
  context: JobContext,
  event: EventRecord,
  language: Language = event.language,
): Promise<SessionFileLink[]> {
  const kinds = fileMessagesFor(language).fileKinds;
  return (await readyPresentations(context, event.id))
    .filter(({ visibility }) => visibility === 'public')
    .map((file) => ({
      slotId: file.slotId,
      title: file.title,
      href: `${eventPath(event.id)}/presentations/${file.id}/download`,
      kind: kinds[file.fileKind],
    }));
}

/** Every file on the event's sessions, as a confirmed participant's list links them under their manage link. */
export async function participantSessionFiles(
  context: JobContext,
  event: EventRecord,
  manageToken: string,
  language: Language,
): Promise<SessionFileLink[]> {
  const kinds = fileMessagesFor(language).fileKinds;
  return (await readyPresentations(context, event.id)).map((file) => ({
    slotId: file.slotId,
    title: file.title,
    href: `${presentationsPath(manageToken)}/${file.id}/download`,
    kind: kinds[file.fileKind],
  }));
}
