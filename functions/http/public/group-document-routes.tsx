import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { notFound } from '#http/not-found.tsx';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import {
  finishGroupDocumentUpload,
  groupDocumentDownload,
  removeGroupDocument,
  startGroupDocumentUpload,
} from '#operations/working-groups/group-documents.ts';
import { hashSecret } from '#security/secret-token.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { groupDocumentMessagesFor } from '#shared/i18n/group-document-messages.ts';
import { groupMemberPath } from '#shared/public-urls.ts';
import { formatClock, localDay } from '#shared/time.ts';
import { readGroupDocumentForm } from '#shared/working-group/group-document-form.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { groupMemberByLink } from '#store/reads/by-secret-link.ts';
import { type EventPage, getEventPage } from '#store/reads/event-page.ts';
import { AddGroupDocumentPage } from '#web/pages/add-group-document-page.tsx';
import { UploadFilePage } from '#web/pages/upload-file-page.tsx';

/** The municipalities of the group's members, by name: the ones a document may concern. */
export async function groupMunicipalities(
  context: AppContext,
  eventId: string,
): Promise<{ code: string; name: string }[]> {
  const byCode = new Map(
    (await listGroupMembers(context.table, eventId)).map(({ municipalityCode, municipality }) => [
      municipalityCode,
      municipality,
    ]),
  );
  return [...byCode.entries()]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/**
 * A working group's shared documents under a member's secret link: sharing one in two steps (details here, the file
 * straight to the storage, then back here to be checked), fetching one, removing one's own team's. Every route
 * opens the member's link first: no link, no document, and an address to a file is signed only then, for minutes.
 */
export function groupDocumentRoutes(context: AppContext): Hono {
  const routes = new Hono();
  routes.use(secretLinkHeaders);
  const showMailbox = context.showMailbox === true;

  async function opened(token: string): Promise<{ member: GroupMember; page: EventPage } | undefined> {
    const member = await groupMemberByLink(context.table, hashSecret(token));
    const page = member && (await getEventPage(context.table, member.eventId));
    return member && page ? { member, page } : undefined;
  }

  routes.get('/:token/documents/new', async (c) => {
    const token = c.req.param('token');
    const found = await opened(token);
    if (!found) return notFound(c);
    return c.html(
      <AddGroupDocumentPage
        event={found.page.event}
        language={readerLanguage(c, found.page.event.language)}
        path={groupMemberPath(token)}
        municipalities={await groupMunicipalities(context, found.member.eventId)}
        values={{ municipalityCode: found.member.municipalityCode }}
        errors={{}}
        showMailbox={showMailbox}
      />,
    );
  });

  routes.post('/:token/documents', async (c) => {
    const token = c.req.param('token');
    const found = await opened(token);
    if (!found) return notFound(c);
    const { event } = found.page;
    const language = readerLanguage(c, event.language);
    const path = groupMemberPath(token);
    const municipalities = await groupMunicipalities(context, event.id);
    const values = await formFields(c);
    const thisYear = Number(localDay(context.clock().toISOString(), event.timeZone).slice(0, 4));
    const read = readGroupDocumentForm(
      values,
      language,
      municipalities.map(({ code }) => code),
      thisYear,
    );
    if (!read.ok)
      return c.html(
        <AddGroupDocumentPage
          event={event}
          language={language}
          path={path}
          municipalities={municipalities}
          values={values}
          errors={read.errors}
          showMailbox={showMailbox}
        />,
        422,
      );
    const municipality =
      municipalities.find(({ code }) => code === read.details.municipalityCode)?.name ?? '';
    const { document, form } = await startGroupDocumentUpload(
      context,
      event,
      found.member,
      { ...read.details, municipality },
      (fileId) => `${context.publicBaseUrl}${path}/documents/${fileId}/uploaded`,
    );
    return c.html(
      <UploadFilePage
        language={language}
        title={document.title}
        kind={document.fileKind}
        form={form}
        validUntil={formatClock(document.uploadExpiresAt, event.timeZone, language)}
        back={{ href: `${path}#documents`, label: event.title }}
        showMailbox={showMailbox}
      />,
    );
  });

  // Where the storage sends the browser once the file is stored: checked, then back to the group's page.
  routes.get('/:token/documents/:fileId/uploaded', async (c) => {
    const token = c.req.param('token');
    const found = await opened(token);
    if (!found) return notFound(c);
    const outcome = await finishGroupDocumentUpload(context, found.page.event, c.req.param('fileId'));
    const path = groupMemberPath(token);
    if (outcome.kind === 'unknown') return notFound(c, found.page.event.language);
    if (outcome.kind === 'refused') return c.redirect(`${path}?refused=${outcome.refusal}#documents`, 303);
    return c.redirect(`${path}?uploaded=${outcome.document.id}#documents`, 303);
  });

  routes.get('/:token/documents/:fileId', async (c) => {
    const found = await opened(c.req.param('token'));
    if (!found) return notFound(c);
    const url = await groupDocumentDownload(context, found.member.eventId, c.req.param('fileId'));
    return url ? c.redirect(url, 303) : notFound(c, found.page.event.language);
  });

  routes.post('/:token/documents/:fileId/remove', async (c) => {
    const token = c.req.param('token');
    const found = await opened(token);
    if (!found) return notFound(c);
    const path = groupMemberPath(token);
    const outcome = await removeGroupDocument(context, found.member, c.req.param('fileId'));
    if (outcome.kind === 'not-your-team') {
      const t = groupDocumentMessagesFor(readerLanguage(c, found.page.event.language));
      return c.text(t.notYourTeam, 403);
    }
    return c.redirect(`${path}?removed=${encodeURIComponent(outcome.title ?? '')}#documents`, 303);
  });

  return routes;
}
