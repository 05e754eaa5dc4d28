import { AsyncLocalStorage } from 'node:async_hooks';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMailIntent } from '#operations/outbox/render-mail-intent.ts';
import type { OutboundMessage, OutboxMessage } from '#shared/domain/outbound-message.ts';
import { outboxMessageOf } from '#store/entities/outbox-message.ts';
import {
  putKsStudyTrip,
  putMotorburenProblematik,
  putTrygghetsdag,
} from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { readCalendar } from '#test/support/read-calendar.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

/**
 * Property-based hostile input against every public endpoint, in-process through the app. For each request: no 5xx;
 * a refused request (4xx) writes nothing (every write the store is sent during it is traced); pages never echo
 * markup; queued mails carry no line break in `to` or `subject`; calendars in queued mails parse strictly. After the
 * run the whole table is read: no stored text holds a control character or a bidirectional override, no one-line
 * attribute a line break, and all of it is in NFC. The figures are printed at the end of the run.
 */
const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let realSend: TestPlatform['table']['doc']['send'];
afterAll(() => platform.stop());

/**
 * Writes the store took, traced per request as `<PK> <SK>`; bookkeeping of requests (rate counters, and the claims
 * and kept answers of idempotent posts in the event's partition) aside.
 */
const trace = new AsyncLocalStorage<{ writes: string[] }>();
const BOOKKEEPING = /^RATE#| IDEMPOTENCY#/;
type Key = { PK: string; SK: string };
const keyText = (key: Key | undefined) => `${key?.PK} ${key?.SK}`;
function writtenKeys(command: { constructor: { name: string }; input: Record<string, unknown> }): string[] {
  const input = command.input as {
    Item?: Key;
    Key?: Key;
    TransactItems?: { Put?: { Item: Key }; Update?: { Key: Key }; Delete?: { Key: Key } }[];
  };
  switch (command.constructor.name) {
    case 'PutCommand':
      return [keyText(input.Item)];
    case 'UpdateCommand':
    case 'DeleteCommand':
      return [keyText(input.Key)];
    case 'TransactWriteCommand':
      return (input.TransactItems ?? []).flatMap((item) =>
        item.Put
          ? [keyText(item.Put.Item)]
          : item.Update
            ? [keyText(item.Update.Key)]
            : item.Delete
              ? [keyText(item.Delete.Key)]
              : [],
      );
    case 'BatchWriteCommand':
      return ['batch'];
    default:
      return [];
  }
}

const figures = {
  inputs: 0,
  serverErrors: 0,
  refused: 0,
  writesFromRefused: 0,
  accepted: 0,
  calendars: 0,
  mails: 0,
  storedTexts: 0,
  storedControlCharacters: 0,
};
afterAll(() => {
  console.log(
    `hostile input: ${figures.inputs} inputs tried, ${figures.serverErrors} 5xx, ${figures.refused} refused with ` +
      `${figures.writesFromRefused} writes, ${figures.accepted} accepted; ${figures.mails} queued mails and ` +
      `${figures.calendars} calendars checked; ${figures.storedTexts} stored texts read, ` +
      `${figures.storedControlCharacters} with a control character`,
  );
});

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  realSend = platform.table.doc.send.bind(platform.table.doc);
  // A write counts once the store took it: a transaction cancelled by its conditions wrote nothing.
  platform.table.doc.send = (async (command: Parameters<typeof realSend>[0], ...rest: unknown[]) => {
    const result = await (realSend as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
    trace.getStore()?.writes.push(...writtenKeys(command as never).filter((key) => !BOOKKEEPING.test(key)));
    return result;
  }) as typeof realSend;
  await putTrygghetsdag(platform.table, 'fuzz-conference', { capacity: 100_000 });
  await putMotorburenProblematik(platform.table, 'fuzz-group');
  await putKsStudyTrip(platform.table, 'fuzz-trip');
});

/** Items in the table but the bookkeeping of requests. */
async function storedItems(): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await realSend(
      new ScanCommand({ TableName: platform.table.name, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    count += (page.Items ?? []).filter((item) => !BOOKKEEPING.test(keyText(item as Key))).length;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

// ---- what hostile input looks like ----
const MARKUP = ['<script>alert("fuzz")</script>', '"><img src=x onerror=fuzz()>', "'><svg onload=fuzz()>"];
const SPECIALS = [
  ...MARKUP,
  'Anna\r\nBcc: victim@example.com',
  'Rubrik\r\n\r\nInjicerad kropp',
  'END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:fuzz',
  'a;b,c\\d:e"f',
  'CN="x";ROLE=CHAIR:mailto:x@y',
  '\u0000\u0001\u0007\u001b[31m',
  '\u202Egnp.exe',
  '\uFEFF\u200B\u200D',
  '👩‍👩‍👧‍👦🇸🇪',
  'e\u0301 Å\u030A ﷽',
  'A\u030Asa O\u0308berg',
  'Anna\u0085Berg',
  '\u009b31mAnna',
  '\u2066Anna\u2069 \u202aBerg\u202c',
  'Anna\tBerg',
  'Anna\u2028Berg',
  '\uD800',
  '\uDFFF lone',
  '%0d%0aSet-Cookie: x=1',
  'x'.repeat(5_000),
  '',
  ' ',
];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const hostileText = fc.oneof(
  fc.constantFrom(...SPECIALS),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('\r', '\n', '\t', '<', '>', '"', "'", '&', ';', ',', ':', '\\'),
      loneSurrogate,
      fc.string({ minLength: 1, maxLength: 1 }),
    ),
    maxLength: 40,
  }),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...SPECIALS), fc.string({ maxLength: 10 }))
    .map((parts) => parts.join('')),
);
/** Mostly a valid, unique address (so the request gets as far as it can), sometimes anything at all. */
const address = fc.oneof(
  { weight: 3, arbitrary: fc.uuid().map((id) => `p.${id.slice(0, 13)}@fuzz.example`) },
  { weight: 1, arbitrary: hostileText },
);
/** Form fields as a browser (or anything else) might post them: repeated names, unknown names, hostile values. */
const extraFields = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom('name', 'email', 'idempotencyKey'), fc.string({ maxLength: 20 })),
    hostileText,
  ),
  { maxLength: 3 },
);

type Fields = [string, string][];
const signUpFields = (valid: boolean): fc.Arbitrary<Fields> =>
  fc
    .record({
      name: hostileText,
      email: address,
      organisation: hostileText,
      organisationKind: valid
        ? fc.constantFrom('kommun', 'polis', 'region')
        : hostileText.filter(
            (kind) =>
              !['kommun', 'polis', 'region', 'lansstyrelse', 'myndighet', 'annan'].includes(kind.trim()),
          ),
      role: hostileText,
      diet: hostileText,
      accessibility: hostileText,
    })
    .chain((record) =>
      extraFields.map((extra): Fields => [...Object.entries(record), ...(valid ? [] : extra)]),
    );

const applicationFields = (valid: boolean): fc.Arbitrary<Fields> =>
  fc
    .record({
      municipality: fc.oneof(fc.constantFrom('1480', '0180', '2580', '0114'), hostileText),
      localSituation: hostileText,
      commitment: fc.constantFrom('yes', '', 'no'),
      name0: hostileText,
      email0: address,
      title0: hostileText,
      name1: hostileText,
      email1: address,
      title1: hostileText,
      representation1: valid
        ? fc.constant('police')
        : fc.constantFrom('municipality', 'other', '', '<b>police</b>'),
    })
    .chain((form) =>
      extraFields.map(
        (extra): Fields => [
          ['municipality', form.municipality],
          ['localSituation', form.localSituation],
          ['commitment', form.commitment],
          ['members.0.name', form.name0],
          ['members.0.email', form.email0],
          ['members.0.title', form.title0],
          ['members.0.representation', 'municipality'],
          ['members.1.name', form.name1],
          ['members.1.email', form.email1],
          ['members.1.title', form.title1],
          ['members.1.representation', form.representation1],
          ...extra,
        ],
      ),
    );

const delegationFields = (valid: boolean): fc.Arbitrary<Fields> =>
  fc
    .record({
      organisation: valid ? fc.constantFrom('Drammen', 'Øvre Eiker', 'Fredrikstad', 'Oslo') : hostileText,
      leadName: hostileText,
      leadEmail: address,
      name: hostileText,
      email: address,
      role: fc.oneof(fc.constantFrom('police', 'politician', 'other'), hostileText),
    })
    .chain((form) =>
      extraFields.map(
        (extra): Fields => [
          ['organisation', form.organisation],
          ['leadName', form.leadName],
          ['leadEmail', form.leadEmail],
          ['members.0.name', form.name],
          ['members.0.email', form.email],
          ['members.0.role', form.role],
          ['intent', 'send-anyway'],
          ...Object.entries(DRAMMEN_INVOICE_FIELDS),
          ...extra,
        ],
      ),
    );

interface Payload {
  type: string;
  text: string | Uint8Array<ArrayBuffer>;
}

/** Bytes that are no UTF-8: a lone continuation byte, a cut sequence, an encoded surrogate, an overlong slash. */
const INVALID_UTF8 = [
  [0xff],
  [0x80],
  [0xc3, 0x28],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf8, 0x88],
];

/**
 * A form whose text is no UTF-8, as raw bytes in the body or as a percent-escape of them: the kind of body a
 * platform decodes silently into U+FFFD.
 */
const notUtf8 = (fields: fc.Arbitrary<Fields>) =>
  fc
    .tuple(fields, fc.constantFrom(...INVALID_UTF8), fc.boolean(), fc.nat())
    .map(([pairs, invalid, escaped, at]): Payload => {
      const text = new URLSearchParams(pairs).toString();
      const cut = text.indexOf('=', at % Math.max(1, text.length)) + 1 || text.length;
      const bad = escaped
        ? new TextEncoder().encode(invalid.map((byte) => `%${byte.toString(16).toUpperCase()}`).join(''))
        : Uint8Array.from(invalid);
      const encoded = new TextEncoder().encode(text);
      return {
        type: 'application/x-www-form-urlencoded',
        text: Uint8Array.from([...encoded.slice(0, cut), ...bad, ...encoded.slice(cut)]),
      };
    });

/** A body as sent: url-encoded as a browser does, no UTF-8 at all, or something else entirely. */
const body = (fields: fc.Arbitrary<Fields>): fc.Arbitrary<Payload> =>
  fc.oneof(
    { weight: 1, arbitrary: notUtf8(fields) },
    {
      weight: 6,
      arbitrary: fields.map((pairs) => ({
        type: 'application/x-www-form-urlencoded',
        text: new URLSearchParams(pairs).toString(),
      })),
    },
    {
      weight: 1,
      arbitrary: fields.map((pairs) => ({
        type: 'application/json',
        text: JSON.stringify(Object.fromEntries(pairs)),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constantFrom(
          'text/plain',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
        ),
        text: fc.string({ unit: 'binary', maxLength: 300 }),
      }),
    },
  );

/** A path segment as a hostile client writes it: percent-encoded, a lone surrogate as the invalid UTF-8 it would be. */
const pathSegment = (text: string) =>
  text
    .split(/(\p{Cs})/u)
    .map((part) => (/\p{Cs}/u.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');

/** Ten thousand requests on a machine shared with others: minutes, not the usual half minute. */
const FUZZ_TIMEOUT = 1_800_000;

interface Answer {
  status: number;
  html: string;
  writes: string[];
}

async function send(method: string, path: string, payload?: Payload): Promise<Answer> {
  const record = { writes: [] as string[] };
  const response = await trace.run(record, () =>
    platform.app.request(path, {
      method,
      ...(payload
        ? { headers: { 'content-type': payload.type, origin: 'http://localhost' }, body: payload.text }
        : {}),
    }),
  );
  const html = await response.text();
  figures.inputs += 1;
  if (response.status >= 500) figures.serverErrors += 1;
  return { status: response.status, html, writes: record.writes };
}

/** What must hold for every answer; `refusals` are the statuses that mean "refused, nothing stored". */
function expectSafe(answer: Answer, refusals = [400, 404, 413, 415, 422, 429]) {
  expect(answer.status, answer.html.slice(0, 300)).toBeLessThan(500);
  if (refusals.includes(answer.status)) {
    figures.refused += 1;
    figures.writesFromRefused += answer.writes.length;
    expect(answer.writes, `${answer.status} ${answer.html.slice(0, 200)}`).toEqual([]);
  } else figures.accepted += 1;
  for (const markup of MARKUP) expect(answer.html).not.toContain(markup);
  expect(answer.html).not.toMatch(/<(script|svg|img)\b[^>]*\bon[a-z]+=/i);
}

/** Runs `runs` batches of `batch` requests made at once; every batch's answers are checked. */
async function fuzz<T>(
  runs: number,
  batch: number,
  input: fc.Arbitrary<T>,
  request: (value: T) => Promise<Answer>,
  check = expectSafe,
) {
  await fc.assert(
    fc.asyncProperty(fc.array(input, { minLength: batch, maxLength: batch }), async (values) => {
      for (const answer of await Promise.all(values.map(request))) check(answer);
    }),
    { numRuns: runs },
  );
}

/** The mails queued so far: no header may break a line, and every calendar must parse strictly. */
async function checkQueuedMail() {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await realSend(
      new ScanCommand({
        TableName: platform.table.name,
        FilterExpression: '#type = :outbox',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':outbox': 'outbox' },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const message = await queuedMail(outboxMessageOf(item));
      if (!message) continue;
      figures.mails += 1;
      expect(message.to).not.toMatch(/[\r\n]/);
      expect(message.subject).not.toMatch(/[\r\n]/);
      if (message.calendar) {
        figures.calendars += 1;
        readCalendar(message.calendar.content);
      }
    }
    start = page.LastEvaluatedKey;
  } while (start);
}

/** A queued message's mail as it goes out: held rendered, or rendered from its intent as the mailer does. */
async function queuedMail(message: OutboxMessage): Promise<OutboundMessage | undefined> {
  if (message.message) return message.message;
  return message.mail && renderMailIntent(platform.context, { ...message, mail: message.mail });
}

/** Attributes that hold one line wherever the store keeps them: names, titles, organisations, addresses, subjects. */
const ONE_LINE = new Set([
  'name',
  'title',
  'organisation',
  'role',
  'leadName',
  'email',
  'leadEmail',
  'to',
  'subject',
]);
/**
 * What no stored text may hold, written out here rather than taken from the rules under test: the C0 controls but
 * tab, line feed and carriage return, DEL, the C1 controls, and the bidirectional embeddings, overrides and isolates.
 */
const CONTROL_CHARACTER = /[^\P{Cc}\t\n\r]|[\u202A-\u202E\u2066-\u2069]/u;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/u;

/**
 * Every text the table holds, read item by item: none may hold a control character or a bidirectional override,
 * none kept as one line a line break, and all must be in NFC. Returns where each offending text was found.
 */
async function storedTextProblems(): Promise<string[]> {
  const problems: string[] = [];
  const visit = (value: unknown, name: string, item: string) => {
    if (typeof value === 'string') {
      figures.storedTexts += 1;
      const problem = CONTROL_CHARACTER.test(value)
        ? 'control character'
        : ONE_LINE.has(name) && LINE_BREAK.test(value)
          ? 'line break'
          : value !== value.normalize('NFC')
            ? 'not NFC'
            : undefined;
      if (problem === 'control character') figures.storedControlCharacters += 1;
      if (problem) problems.push(`${item} ${name}: ${problem} in ${JSON.stringify(value).slice(0, 120)}`);
    } else if (Array.isArray(value)) {
      for (const element of value) visit(element, name, item);
    } else if (value && typeof value === 'object') {
      for (const [key, nested] of Object.entries(value)) visit(nested, key, item);
    }
  };
  let start: Record<string, unknown> | undefined;
  do {
    const page = await realSend(
      new ScanCommand({ TableName: platform.table.name, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    for (const item of page.Items ?? []) visit(item, '', keyText(item as Key));
    start = page.LastEvaluatedKey;
  } while (start);
  return problems;
}

describe('hostile input that must be refused', () => {
  it(
    'changes nothing in the store: sign-ups, applications, delegations, sign-in, paths',
    async () => {
      const before = await storedItems();
      await fuzz(250, 10, body(signUpFields(false)), (payload) =>
        send('POST', '/events/fuzz-conference/sign-up', payload),
      );
      await fuzz(150, 10, body(applicationFields(false)), (payload) =>
        send('POST', '/events/fuzz-group/apply', payload),
      );
      await fuzz(150, 10, body(delegationFields(false)), (payload) =>
        send('POST', '/events/fuzz-trip/delegation', payload),
      );
      await fuzz(
        100,
        10,
        fc.record({ email: hostileText.filter((text) => !text.includes('@')) }),
        ({ email }) =>
          send('POST', '/organiser/sign-in', {
            type: 'application/x-www-form-urlencoded',
            text: new URLSearchParams({ email }).toString(),
          }),
      );
      const segment = fc.oneof(
        hostileText,
        fc.constantFrom('fuzz-conference', 'fuzz-group', '..', '%2e%2e', 'x'.repeat(3_000)),
      );
      await fuzz(
        100,
        10,
        fc.tuple(
          fc.constantFrom(
            '/events/',
            '/api/v1/events/',
            '/manage/',
            '/applications/',
            '/delegations/',
            '/agenda/',
            '/events/fuzz-conference/slots/',
            '/organiser/sign-in/',
          ),
          segment,
          fc.constantFrom('', '/calendar.ics', '.ics', '/programme', '/sign-up', '?lang=<x>'),
        ),
        ([prefix, id, suffix]) => send('GET', `${prefix}${pathSegment(id)}${suffix}`),
        (answer) => expectSafe(answer, [400, 404, 409, 422]),
      );
      expect(await storedItems()).toBe(before);
    },
    FUZZ_TIMEOUT,
  );
});

describe('hostile input in forms that may be accepted', () => {
  it(
    'never answers 5xx, never echoes markup, and queues only mails with clean headers and valid calendars',
    async () => {
      await fuzz(
        150,
        10,
        body(signUpFields(true)),
        (payload) => send('POST', '/events/fuzz-conference/sign-up', payload),
        (answer) => expectSafe(answer),
      );
      await fuzz(
        50,
        10,
        body(applicationFields(true)),
        (payload) => send('POST', '/events/fuzz-group/apply', payload),
        (answer) => expectSafe(answer),
      );
      await fuzz(
        50,
        10,
        body(delegationFields(true)),
        (payload) => send('POST', '/events/fuzz-trip/delegation', payload),
        (answer) => expectSafe(answer),
      );
      await checkQueuedMail();
      const calendar = await platform.app.request('/events/fuzz-conference/calendar.ics');
      readCalendar(await calendar.text());
      expect(figures.serverErrors).toBe(0);
      expect(figures.writesFromRefused).toBe(0);
      expect(figures.inputs).toBeGreaterThanOrEqual(10_000);
    },
    FUZZ_TIMEOUT,
  );
});

describe('the table after the run', () => {
  it('holds no control character, no line break in a one-line text, and nothing but NFC', async () => {
    expect(await storedTextProblems()).toEqual([]);
    expect(figures.storedTexts).toBeGreaterThan(1_000);
    expect(figures.storedControlCharacters).toBe(0);
  });
});
