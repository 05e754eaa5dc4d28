import type { Context, MiddlewareHandler } from 'hono';
import { refuseRequest } from './request-refusal.tsx';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
const parsed = new WeakMap<Context, Promise<Record<string, string> | undefined>>();

/**
 * The text fields of a posted form, read once per request from a copy of the body (the route reads its own), or
 * undefined when the body is no form: another content type, or a form body that does not parse.
 */
export function postedFields(c: Context): Promise<Record<string, string> | undefined> {
  let fields = parsed.get(c);
  if (!fields) {
    fields = readFields(c.req.raw);
    parsed.set(c, fields);
  }
  return fields;
}

/** The posted form's text fields for a route: read once per request (the guard has read them already). */
export async function formFields(c: Context): Promise<Record<string, string>> {
  return (await postedFields(c)) ?? {};
}

async function readFields(request: Request): Promise<Record<string, string> | undefined> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.includes(type)) return undefined;
  try {
    const fields: Record<string, string> = {};
    for (const [name, value] of (await request.clone().formData()).entries())
      if (typeof value === 'string') fields[name] = value;
    return fields;
  } catch {
    return undefined;
  }
}

/**
 * Posts to our pages must be forms that parse: anything else is refused in words before a route sees it. A post
 * with no type and no body (a bare button) is an empty form, and is labelled as one for the route to read.
 */
export const readableForm: MiddlewareHandler = async (c, next) => {
  if (!c.req.raw.headers.has('content-type') && (await c.req.raw.clone().text()) === '') {
    const headers = new Headers(c.req.raw.headers);
    headers.set('content-type', 'application/x-www-form-urlencoded');
    c.req.raw = new Request(c.req.raw.url, { method: c.req.raw.method, headers, body: '' });
  }
  if ((await postedFields(c)) === undefined) return refuseRequest(c, 'unreadable', 400);
  await next();
};
