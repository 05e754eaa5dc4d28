import type * as z from 'zod';
import type { AppContext } from '#context/app-context.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { type ApiAnswer, type ApiOperation, defineOperation } from './api-operation.ts';
import { EventPath } from './organisation-event-schemas.ts';
import { withOwnEvent } from './own-event.ts';

const WRITE_PROBLEMS = [
  'invalid',
  'not-found',
  'conflict',
  'idempotency-key-reused',
  'idempotency-key-pending',
] as const;
const REMOVE_PROBLEMS = [
  'not-found',
  'conflict',
  'idempotency-key-reused',
  'idempotency-key-pending',
] as const;

/** What each operation says of itself in the API's document. */
interface Described {
  operationId: string;
  summary: string;
  description?: string;
  success: ApiOperation['success'];
}

/**
 * The five operations on the parts of one of the token's organisation's events (its programme's slots, its sign-up
 * questions): list, read, create, change, remove. The event is read afresh for each (404 for another
 * organisation's); the part is the one the path names (404 when the event has none such). The part's own rules,
 * body and save stay with the caller.
 */
export function eventPartOperations<
  PartPath extends typeof EventPath,
  NewBody extends z.ZodType,
  ChangeBody extends z.ZodType,
  Part,
>(
  context: AppContext,
  parts: {
    tag: string;
    /** The list's path under /api/v1 (`/organisation/events/{eventId}/questions`); a part's adds `/{idParam}`. */
    path: string;
    partPath: PartPath;
    idParam: keyof z.output<PartPath> & string;
    /** The part the path names, if the event has it; `missing` says there is none. */
    find: (page: EventPage, params: z.output<PartPath>) => Part | undefined;
    missing: string;
  },
  operations: {
    list: Described & { answer: (page: EventPage) => ApiAnswer };
    get: Described & { answer: (page: EventPage, part: Part) => ApiAnswer };
    create: Described & {
      body: NewBody;
      answer: (page: EventPage, body: z.output<NewBody>, actor: Organiser) => Promise<ApiAnswer>;
    };
    change: Described & {
      body: ChangeBody;
      answer: (
        page: EventPage,
        part: Part,
        body: z.output<ChangeBody>,
        actor: Organiser,
      ) => Promise<ApiAnswer>;
    };
    remove: Described & { answer: (page: EventPage, part: Part, actor: Organiser) => Promise<ApiAnswer> };
  },
): ApiOperation[] {
  const partPath = `${parts.path}/{${parts.idParam}}`;
  // The routes read each request with the schemas declared beside its handler, so a handler's params and body are
  // those schemas' outputs; over schemas that are type parameters here, TypeScript cannot see so itself.
  const withPart = (
    actor: Organiser | undefined,
    input: unknown,
    act: (page: EventPage, part: Part, actor: Organiser) => Promise<ApiAnswer>,
  ) => {
    const params = input as z.output<PartPath>;
    return withOwnEvent(context, actor, params.eventId, async (page, actor) => {
      const part = parts.find(page, params);
      return part === undefined ? { problem: 'not-found', detail: parts.missing } : act(page, part, actor);
    });
  };
  const { list, get, create, change, remove } = operations;
  return [
    defineOperation({
      ...described(list),
      method: 'get',
      path: parts.path,
      tag: parts.tag,
      access: 'read',
      params: EventPath,
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        withOwnEvent(context, actor, params.eventId, async (page) => list.answer(page)),
    }),
    defineOperation({
      ...described(get),
      method: 'get',
      path: partPath,
      tag: parts.tag,
      access: 'read',
      params: parts.partPath,
      problems: ['not-found'],
      handle: ({ params, actor }) => withPart(actor, params, async (page, part) => get.answer(page, part)),
    }),
    defineOperation({
      ...described(create),
      method: 'post',
      path: parts.path,
      tag: parts.tag,
      access: 'write',
      params: EventPath,
      body: create.body,
      problems: WRITE_PROBLEMS,
      handle: ({ params, body, actor }) =>
        withOwnEvent(context, actor, params.eventId, (page, actor) =>
          create.answer(page, body as z.output<NewBody>, actor),
        ),
    }),
    defineOperation({
      ...described(change),
      changes: get.operationId,
      method: 'patch',
      path: partPath,
      tag: parts.tag,
      access: 'write',
      params: parts.partPath,
      body: change.body,
      problems: WRITE_PROBLEMS,
      handle: ({ params, body, actor }) =>
        withPart(actor, params, (page, part, actor) =>
          change.answer(page, part, body as z.output<ChangeBody>, actor),
        ),
    }),
    defineOperation({
      ...described(remove),
      changes: get.operationId,
      method: 'delete',
      path: partPath,
      tag: parts.tag,
      access: 'write',
      params: parts.partPath,
      problems: REMOVE_PROBLEMS,
      handle: ({ params, actor }) => withPart(actor, params, remove.answer),
    }),
  ];
}

const described = ({ operationId, summary, description, success }: Described): Described => ({
  operationId,
  summary,
  ...(description === undefined ? {} : { description }),
  success,
});
