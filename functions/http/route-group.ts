import { type Context, type Handler, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isStoreBusy, STORE_BUSY_RETRY_SECONDS } from '#store/table/send-transaction.ts';
import { refuseRequest } from './request-refusal.tsx';

/**
 * One answer for errors, in the shell and in every route group: a store that stays busy is a 503 with Retry-After,
 * never a 500; anything else is logged and answered 500.
 */
export function answerError(error: Error, c: Context): Response | Promise<Response> {
  if (error instanceof HTTPException) return error.getResponse();
  if (isStoreBusy(error)) return refuseRequest(c, 'busy', 503, STORE_BUSY_RETRY_SECONDS);
  console.error(error);
  return c.text('Internal Server Error', 500);
}

/** A group of routes served behind the shell: a Hono app of its own that answers errors as the shell does. */
export function routeGroup(): Hono {
  const group = new Hono();
  group.onError(answerError);
  return group;
}

/**
 * Routes whose modules load on their first request: a cold start pays for the shell alone, and a participant's
 * first page loads the public routes, never the organisers'. The shell has read the request's form from a copy of
 * its body, so the group gets the request as it came.
 */
export function lazyRoutes(load: () => Promise<Hono>): Handler {
  let routes: Promise<Hono> | undefined;
  return async (c) => {
    routes ??= load().catch((error: unknown) => {
      routes = undefined;
      throw error;
    });
    return (await routes).fetch(c.req.raw, c.env);
  };
}
