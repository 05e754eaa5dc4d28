import * as z from 'zod';
import { WEBHOOK_DATA_SCHEMAS, WEBHOOK_EVENT_TYPES } from '#shared/webhooks/webhook-events.ts';
import type { ApiOperation } from './api-operation.ts';
import { apiSchemas } from './api-schemas.ts';
import { PROBLEMS, type ProblemType } from './problem-details.ts';
import { webhookComponentId } from './webhook-schemas.ts';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The component a schema is registered as; every body an operation reads or answers with must be one. */
function componentOf(schema: z.ZodType, operation: ApiOperation): { $ref: string } {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error(`${operation.operationId}: a body schema without a component id`);
  return ref(id);
}

/** The path or query parameters an object schema reads, each with its own schema, description and example. */
function parametersOf(object: z.ZodObject | undefined, location: 'path' | 'query') {
  return Object.entries(object?.shape ?? {}).map(([name, field]) => {
    const { description, example, ...schema } = z.toJSONSchema(field as z.ZodType, {
      io: 'input',
      metadata: apiSchemas,
    }) as Record<string, unknown>;
    delete schema.$schema;
    return {
      name,
      in: location,
      required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema,
      ...(example === undefined ? {} : { example }),
    };
  });
}

/** The problems an operation may answer with: its own, and 401/403 for what its token must be. */
function problemsOf(operation: ApiOperation): ProblemType[] {
  const access: ProblemType[] =
    operation.access === 'public'
      ? []
      : operation.access === 'read'
        ? ['unauthenticated', 'rate-limited']
        : ['unauthenticated', 'rate-limited', 'forbidden'];
  const body: ProblemType[] = operation.body ? ['unsupported-media-type'] : [];
  const precondition: ProblemType[] = operation.changes ? ['precondition-failed'] : [];
  return [...new Set([...access, ...body, ...precondition, ...operation.problems])];
}

function responsesOf(operation: ApiOperation) {
  const byStatus = new Map<number, string[]>();
  for (const type of problemsOf(operation)) {
    const { status, title } = PROBLEMS[type];
    byStatus.set(status, [...(byStatus.get(status) ?? []), `${title} (\`${type}\`)`]);
  }
  return {
    [operation.success.status]: {
      description: operation.success.description,
      ...(operation.method === 'get'
        ? {
            headers: {
              ETag: {
                description: 'The entity tag of the answer, for If-None-Match',
                schema: { type: 'string' },
              },
            },
          }
        : {}),
      content: { 'application/json': { schema: componentOf(operation.success.schema, operation) } },
    },
    ...(operation.method === 'get'
      ? { 304: { description: 'Not modified since the ETag given in If-None-Match' } }
      : {}),
    ...Object.fromEntries(
      [...byStatus].map(([status, titles]) => [
        status,
        {
          description: titles.join('; '),
          content: { 'application/problem+json': { schema: ref('Problem') } },
        },
      ]),
    ),
  };
}

const TAG_DESCRIPTIONS: Record<string, string> = {
  'Public events':
    'What the public pages show, for anyone: published events with their programmes. No token.',
  'Organisation events':
    'The token’s organisation’s own events, drafts included: another organisation’s event is a 404, as one that does not exist.',
  Registrations:
    'The registrations of an organisation’s event, in pages by last change, and the changes the organisers’ pages make, with the same e-mails.',
  Programme:
    'An organisation’s event’s programme, slot by slot, by the programme editor’s rules: participants who picked a session are told of its change.',
  Questions:
    'An event’s own sign-up questions, by the question editor’s rules, also after publishing; the answers are on each registration (sensitive ones never).',
  'Delegations and quotas':
    'A study trip’s quotas per organisation and the delegations registered within them, with the wished-for roles each brings.',
  Applications:
    'A working group’s applications: the criteria, the organisers’ assessment, the selection up to the group’s places and the decisions, sent in one step.',
  'Meetings and date polls':
    'A working group’s meeting series: dating a meeting sends the members the invite, as the meetings page does; the answers to its date polls.',
  Webhooks:
    'What Träffpunkt posts to an organisation’s endpoints (Settings → Webhooks) when something happens, signed by Standard Webhooks. Bodies carry ids and what changed, no names or addresses: read the rest with a token.',
};

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes the change safe to retry: the same key and body get the first answer (with `Idempotent-Replayed: true`) for a day; the same key with another body is refused (422).',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,64}$' },
  example: '5f0c7a1e-8a44-4c55-9d0e-2b1d7c3e9f21',
};
const ifMatch = (read: string) => ({
  name: 'If-Match',
  in: 'header',
  required: false,
  description: `The ETag \`${read}\` answered with: the change is refused (412) if the resource has changed since`,
  schema: { type: 'string' },
});
const IF_NONE_MATCH = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'The ETag of an earlier answer: 304 when nothing changed',
  schema: { type: 'string' },
};

/** The Standard Webhooks headers every delivery carries: what a receiver checks the body with. */
const WEBHOOK_HEADERS = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description:
      'The delivery’s id, `<message id>:<endpoint id>`: the same on every try and on *Send again*, so a receiver can drop one it has had.',
    schema: { type: 'string' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'When this try was signed, in seconds since 1970: refuse one far from your clock (replays).',
    schema: { type: 'string', pattern: '^[0-9]+$' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      '`v1,` and the base64 HMAC-SHA-256 of `<webhook-id>.<webhook-timestamp>.<body>`, keyed with the base64-decoded part of the endpoint’s `whsec_` secret (Standard Webhooks; any of its libraries verifies it).',
    schema: { type: 'string', pattern: '^v1,' },
  },
];

/**
 * What the platform posts to an organisation's endpoints, by event type: each body from the zod schema the payload is
 * built and checked with (`shared/webhooks/webhook-events.ts`).
 */
function webhooksDocument() {
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook${webhookComponentId(type).replace(/Webhook$/, '')}`,
          tags: ['Webhooks'],
          summary: `${type}: ${WEBHOOK_DATA_SCHEMAS[type].description ?? ''}`,
          description:
            'Posted to each of the organisation’s enabled endpoints that asked for this type. Answer 2xx within 10 seconds; anything else is tried again after 30 s, 2 min, 10 min, 1 h, 6 h and then every 12 h, and an endpoint failing for three days is turned off.',
          security: [],
          parameters: WEBHOOK_HEADERS,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref(webhookComponentId(type)) } },
          },
          responses: {
            '2XX': { description: 'Delivered: it is not sent again.' },
            '4XX': { description: 'Not delivered: it is tried again on the schedule.' },
            '5XX': { description: 'Not delivered: it is tried again on the schedule.' },
          },
        },
      },
    ]),
  );
}

/**
 * The OpenAPI 3.1 document of the operations: each path, parameter, body and answer from the schemas the routes read
 * and answer with, the problems from the same table the routes answer with, the token from the security scheme.
 * `x-token-role` says which token an operation needs (none, read or read-write).
 */
export function openApiDocument(operations: readonly ApiOperation[]) {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: 'draft-2020-12',
    // Input mode leaves objects open (no `additionalProperties: false`): a client must allow fields added later.
    io: 'input',
    uri: (id) => ref(id).$ref,
  });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    paths[operation.path] ??= {};
    const pathItem = paths[operation.path] as Record<string, unknown>;
    pathItem[operation.method] = {
      operationId: operation.operationId,
      tags: [operation.tag],
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      security: operation.access === 'public' ? [] : [{ organisationToken: [] }],
      'x-token-role':
        operation.access === 'public' ? 'none' : operation.access === 'read' ? 'read' : 'read-write',
      parameters: [
        ...parametersOf(operation.params, 'path'),
        ...parametersOf(operation.query, 'query'),
        ...(operation.access === 'write' ? [IDEMPOTENCY_KEY] : []),
        ...(operation.method === 'get' ? [IF_NONE_MATCH] : []),
        ...(operation.changes ? [ifMatch(operation.changes)] : []),
      ],
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: componentOf(operation.body, operation) } },
            },
          }
        : {}),
      responses: responsesOf(operation),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Träffpunkt API',
      version: '1.0.0',
      description:
        'Events, registrations, programmes and meetings of Träffpunkt, the event platform for public-sector collaboration. The public operations need no token; the organisation’s own ones take an API token made by an admin in Settings → API tokens.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/api/v1' }],
    tags: [...new Set([...operations.map((operation) => operation.tag), 'Webhooks'])].map((name) => ({
      name,
      ...(TAG_DESCRIPTIONS[name] ? { description: TAG_DESCRIPTIONS[name] } : {}),
    })),
    paths,
    webhooks: webhooksDocument(),
    components: {
      securitySchemes: {
        organisationToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An organisation API token (`tp_…`), shown once when an admin makes it. A read token may call the operations marked `x-token-role: read`; a read-write token all of them.',
        },
      },
      // A relative `$id` would move the base every `$ref` in the component resolves against: the name is its identity.
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([id, { $id, $schema, ...schema }]) => [id, schema]),
      ),
    },
  };
}
