import type { Context } from 'hono';
import { STRICT_UTF8 } from '#http/form-body.ts';

/** Every string of a parsed body, keys included, in NFC, as the door normalises form fields. */
function inNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(inNfc);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.normalize('NFC'), inNfc(item)]),
    );
  return value;
}

export type JsonBody = { ok: true; value: unknown; text: string } | { ok: false; detail: string };

/**
 * A request's JSON body: `application/json` in valid UTF-8 that parses, its strings in NFC; `text` is the body as
 * sent (what an idempotency key is held to). Anything else is refused with what was wrong.
 */
export async function readJsonBody(c: Context): Promise<JsonBody> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, detail: 'Send the body as application/json.' };
  let text: string;
  try {
    text = STRICT_UTF8.decode(await c.req.arrayBuffer());
  } catch {
    return { ok: false, detail: 'The body is not valid UTF-8.' };
  }
  try {
    return { ok: true, value: inNfc(JSON.parse(text)), text };
  } catch {
    return { ok: false, detail: 'The body is not valid JSON.' };
  }
}
