import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { notFound } from '#http/not-found.tsx';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import { answerDatePoll } from '#operations/working-groups/date-polls.ts';
import { readyGroupDocuments } from '#operations/working-groups/group-documents.ts';
import { hashSecret } from '#security/secret-token.ts';
import { seriesFeed } from '#shared/calendar/series-feed.ts';
import type { Language } from '#shared/domain/event.ts';
import type { GroupDocument } from '#shared/domain/group-document.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { isUploadRefusal } from '#shared/files/file-kinds.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { eventUrl, groupFeedUrl, groupMemberPath } from '#shared/public-urls.ts';
import { readPollAnswers } from '#shared/working-group/date-poll-form.ts';
import { getPoll, listPolls } from '#store/entities/date-poll.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { getPollResponse } from '#store/entities/poll-answer.ts';
import { groupMemberByLink } from '#store/reads/by-secret-link.ts';
import { type EventPage, getEventPage } from '#store/reads/event-page.ts';
import { GroupMemberPage, type GroupMemberPageProps } from '#web/pages/group-member-page.tsx';

/** What the group's page says after a document was shared, refused or removed (`group-document-routes.tsx`). */
function documentNotice(
  query: Record<string, string>,
  documents: GroupDocument[],
  language: Language,
): { text: string; refused: boolean } | undefined {
  const f = fileMessagesFor(language);
  const uploaded = documents.find(({ id }) => id === query.uploaded);
  if (uploaded) return { text: f.uploaded(uploaded.title), refused: false };
  if (isUploadRefusal(query.refused)) return { text: f.refusals[query.refused], refused: true };
  if (query.removed) return { text: f.removed(query.removed), refused: false };
  return undefined;
}

/**
 * A working-group member's secret link: the group's page (meetings with the digital link, materials, open date
 * polls to answer) and the members' series feed. An unknown link is a plain "not found", with no hint why.
 */
export function groupMemberRoutes(context: AppContext): Hono {
  const routes = new Hono();
  routes.use(secretLinkHeaders);
  const showMailbox = context.showMailbox === true;

  async function opened(token: string): Promise<{ member: GroupMember; page: EventPage } | undefined> {
    const member = await groupMemberByLink(context.table, hashSecret(token));
    const page = member && (await getEventPage(context.table, member.eventId));
    return member && page ? { member, page } : undefined;
  }

  async function memberPage(
    c: Context,
    token: string,
    { member, page }: { member: GroupMember; page: EventPage },
    answer?: GroupMemberPageProps['answer'],
  ) {
    const members = await listGroupMembers(context.table, page.event.id);
    const documents = await readyGroupDocuments(context, page.event.id);
    const language = readerLanguage(c, page.event.language);
    const open = (await listPolls(context.table, page.event.id)).filter(({ status }) => status === 'open');
    const polls = await Promise.all(
      open.map(async (poll) => ({
        poll,
        response: await getPollResponse(context.table, poll.eventId, poll.meetingNumber, member.memberId),
      })),
    );
    return (
      <GroupMemberPage
        event={page.event}
        language={language}
        member={member}
        meetings={page.meetings}
        municipalities={[...new Set(members.map(({ municipality }) => municipality))].sort((a, b) =>
          a.localeCompare(b, 'sv'),
        )}
        documents={documents}
        teams={Object.fromEntries(
          members.map(({ municipalityCode, municipality }) => [municipalityCode, municipality]),
        )}
        documentNotice={documentNotice(c.req.query(), documents, language)}
        polls={polls}
        path={groupMemberPath(token)}
        feedUrl={groupFeedUrl(context.publicBaseUrl, token)}
        answer={answer}
        showMailbox={showMailbox}
      />
    );
  }

  routes.get('/:token', async (c) => {
    const token = c.req.param('token');
    const found = await opened(token);
    return found ? c.html(await memberPage(c, token, found)) : notFound(c);
  });

  // A subscription, fetched again and again: the series with the digital link, which only members get.
  routes.get('/:token/meetings.ics', async (c) => {
    const found = await opened(c.req.param('token'));
    if (!found) return notFound(c);
    const { event, meetings } = found.page;
    const text = seriesFeed({
      event,
      meetings,
      eventUrl: eventUrl(context.publicBaseUrl, event.id),
      onlineLink: event.onlineLink,
      now: context.clock(),
    });
    return c.body(text, 200, { 'content-type': 'text/calendar; charset=utf-8' });
  });

  routes.post('/:token/polls/:number{[0-9]+}', async (c) => {
    const token = c.req.param('token');
    const found = await opened(token);
    const meetingNumber = Number(c.req.param('number'));
    if (!found) return notFound(c);
    const poll = await getPoll(context.table, found.page.event.id, meetingNumber);
    if (!poll) return notFound(c, found.page.event.language);
    const values = await formFields(c);
    const read = readPollAnswers(poll, found.page.event.language, values);
    if (!read.ok)
      return c.html(await memberPage(c, token, found, { meetingNumber, errors: read.errors, values }), 422);
    const outcome =
      poll.status === 'open'
        ? await answerDatePoll(context, found.page, found.member, poll, read.answers)
        : 'closed';
    const after = (await opened(token)) ?? found;
    return c.html(
      await memberPage(c, token, after, { meetingNumber, outcome }),
      outcome === 'saved' ? 200 : 409,
    );
  });

  return routes;
}
