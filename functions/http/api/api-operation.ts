import type * as z from 'zod';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { ProblemType } from './problem-details.ts';

/** What an operation's handler is given: the request's parts as its schemas read them, and who acts. */
export interface ApiInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** The organiser the token stands for; absent on the public operations. */
  actor: Organiser | undefined;
}

/** A handler's answer: a resource (a JSON body, or a file such as an invoice's UBL, sent as `body`) or a problem. */
export type ApiAnswer =
  | { status: 200 | 201; body: unknown; file?: { contentType: 'application/xml'; name: string } }
  | { problem: ProblemType; detail?: string; extra?: Record<string, unknown> };

/** Who may call an operation: anyone, or an organisation's token, and for changes a read-write one. */
export type ApiAccess = 'public' | 'read' | 'write';

interface OperationShape {
  operationId: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  /** The path as OpenAPI writes it, under /api/v1: `/organisation/events/{eventId}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: ApiAccess;
  /** The success answer: its status, and the schema of its body, registered with an `id` in the API's registry. */
  success: { status: 200 | 201; description: string; schema: z.ZodType; mediaType?: 'application/xml' };
  /** The problems it may answer with, besides those every operation of its access may (401, 403). */
  problems: readonly ProblemType[];
  /**
   * For a change of one resource: the operationId of the read that shows it. A change sent with `If-Match` is refused
   * (412) unless the tag names what that read answers now.
   */
  changes?: string;
}

/** An operation as its table holds it: the schemas that read the request, and the handler they feed. */
export interface ApiOperation extends OperationShape {
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  handle(input: ApiInput<unknown, unknown, unknown>): Promise<ApiAnswer>;
}

/**
 * Declares an operation. The routes read each request with its schemas, and the OpenAPI document is made from the
 * same declaration, so what the document says is what the route checks.
 */
export function defineOperation<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  operation: OperationShape & {
    params?: P;
    query?: Q;
    body?: B;
    handle(
      input: ApiInput<
        P extends z.ZodObject ? z.output<P> : undefined,
        Q extends z.ZodObject ? z.output<Q> : undefined,
        B extends z.ZodType ? z.output<B> : undefined
      >,
    ): Promise<ApiAnswer>;
  },
): ApiOperation {
  return operation as ApiOperation;
}
