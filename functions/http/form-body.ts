import type { Context, MiddlewareHandler } from 'hono';
import { normaliseText } from '#shared/forms/text-rules.ts';
import type { RequestRefusal } from '#shared/i18n/request-refusal-messages.ts';
import { refuseRequest } from './request-refusal.tsx';

const URL_ENCODED = 'application/x-www-form-urlencoded';
const FORM_TYPES = [URL_ENCODED, 'multipart/form-data'];

/** A posted body as the door read it: its fields, or why it was refused. */
type PostedBody =
  | { fields: [string, string][] }
  | { refusal: Extract<RequestRefusal, 'encoding' | 'unreadable'> };

const parsed = new WeakMap<Context, Promise<PostedBody>>();

/** Decodes UTF-8 or throws: the platform's own decoders put U+FFFD in place of what they cannot read, silently. */
export const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function postedBody(c: Context): Promise<PostedBody> {
  let body = parsed.get(c);
  if (!body) {
    body = readBody(c.req.raw);
    parsed.set(c, body);
  }
  return body;
}

/**
 * The text fields of a posted form, read once per request (the guard has read them already), or undefined when the
 * body is no form. The last of several values of one name wins.
 */
export async function postedFields(c: Context): Promise<Record<string, string> | undefined> {
  const body = await postedBody(c);
  return 'fields' in body ? Object.fromEntries(body.fields) : undefined;
}

/** The posted form's text fields for a route: read once per request (the guard has read them already). */
export async function formFields(c: Context): Promise<Record<string, string>> {
  return (await postedFields(c)) ?? {};
}

/**
 * Reads a body as text: refused as `encoding` when it is not valid UTF-8, a percent-escape included, and as
 * `unreadable` when it is no form or does not parse. Every name and value comes out in NFC.
 */
async function readBody(request: Request): Promise<PostedBody> {
  const bytes = await request.clone().arrayBuffer();
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return { refusal: 'encoding' };
  }
  const contentType = request.headers.get('content-type') ?? '';
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.includes(type)) return { refusal: 'unreadable' };
  let fields: [string, string][];
  try {
    fields = type === URL_ENCODED ? urlEncodedFields(text) : await multipartFields(contentType, bytes);
  } catch (error) {
    return { refusal: error instanceof URIError ? 'encoding' : 'unreadable' };
  }
  return { fields: fields.map(([name, value]) => [normaliseText(name), normaliseText(value)]) };
}

/**
 * The pairs of an url-encoded body. `decodeURIComponent` throws a URIError on an escape that is no UTF-8
 * (`%FF`, `%ED%A0%80`), where URLSearchParams would put U+FFFD in its place.
 */
function urlEncodedFields(body: string): [string, string][] {
  const decode = (part: string) => decodeURIComponent(part.replaceAll('+', ' '));
  return body
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      return equals < 0
        ? [decode(pair), '']
        : [decode(pair.slice(0, equals)), decode(pair.slice(equals + 1))];
    });
}

/** The text fields of a multipart body whose bytes are valid UTF-8 already; files are none of ours and are left. */
async function multipartFields(contentType: string, bytes: ArrayBuffer): Promise<[string, string][]> {
  const form = await new Request('http://form.invalid', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: bytes,
  }).formData();
  return [...form.entries()].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : []));
}

/**
 * Posts to our pages must be forms of UTF-8 text that parse: anything else is refused in words before a route sees
 * it. A post with no type and no body (a bare button) is an empty form, and is labelled as one for the route to read.
 * What passes goes on to the route as the fields read here, in NFC, however the route reads them.
 */
export const readableForm: MiddlewareHandler = async (c, next) => {
  if (!c.req.raw.headers.has('content-type') && (await c.req.raw.clone().text()) === '') {
    const headers = new Headers(c.req.raw.headers);
    headers.set('content-type', URL_ENCODED);
    c.req.raw = new Request(c.req.raw.url, { method: c.req.raw.method, headers, body: '' });
  }
  const body = await postedBody(c);
  if ('refusal' in body) return refuseRequest(c, body.refusal, 400);
  const headers = new Headers(c.req.raw.headers);
  headers.set('content-type', URL_ENCODED);
  headers.delete('content-length');
  c.req.raw = new Request(c.req.raw.url, {
    method: c.req.raw.method,
    headers,
    body: new URLSearchParams(body.fields).toString(),
  });
  await next();
};

/**
 * Posts to the JSON API must be UTF-8 text, whatever else the API reads of them (`api/json-body.ts`): one that is
 * not is refused at the door, as a form is.
 */
export const readableText: MiddlewareHandler = async (c, next) => {
  try {
    STRICT_UTF8.decode(await c.req.raw.clone().arrayBuffer());
  } catch {
    return refuseRequest(c, 'encoding', 400);
  }
  await next();
};
