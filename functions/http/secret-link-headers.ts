import { createMiddleware } from 'hono/factory';

/** Pages whose secret is in the path: none of them may be cached or leak through a Referer header. */
export const secretLinkHeaders = createMiddleware(async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
});
