import type { Context } from 'hono';
import { type RequestRefusal, requestRefusalMessagesFor } from '#shared/i18n/request-refusal-messages.ts';
import { ApiReferencePage, type ReferenceOperation } from '#web/pages/api-reference-page.tsx';
import type { openApiDocument } from './openapi-document.ts';
import { PROBLEMS, type ProblemType, problemAnchor } from './problem-details.ts';

type Document = ReturnType<typeof openApiDocument>;
type OperationObject = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  /** None on a webhook: the platform posts it, signed. */
  'x-token-role'?: string;
  parameters: { name: string; in: string; required: boolean; description?: string }[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, { description: string }>;
};

/** The refusals the door answers before any operation runs (too large, not UTF-8, too many, busy). */
const DOOR_REFUSALS: { refusal: RequestRefusal; status: number }[] = [
  { refusal: 'encoding', status: 400 },
  { refusal: 'tooLarge', status: 413 },
  { refusal: 'rateLimited', status: 429 },
  { refusal: 'busy', status: 503 },
];

const componentName = (ref: string) => ref.split('/').at(-1) ?? ref;

/** The reference page for people, made from the OpenAPI document the machines read: the two cannot disagree. */
export function apiReference(c: Context, document: Document): Response | Promise<Response> {
  const tags = document.tags.map(({ name }) => ({ name, operations: [] as ReferenceOperation[] }));
  // A webhook is listed like an operation, under its event type: what the platform posts to an endpoint.
  for (const [path, item] of [...Object.entries(document.paths), ...Object.entries(document.webhooks)]) {
    for (const [method, value] of Object.entries(item)) {
      const operation = value as OperationObject;
      const body = operation.requestBody?.content['application/json']?.schema.$ref;
      tags
        .find((tag) => tag.name === operation.tags[0])
        ?.operations.push({
          operationId: operation.operationId,
          method,
          path,
          summary: operation.summary,
          ...(operation.description ? { description: operation.description } : {}),
          tokenRole: operation['x-token-role'] ?? 'none',
          parameters: operation.parameters.map(({ name, in: location, required, description }) => ({
            name,
            location,
            required,
            ...(description ? { description } : {}),
          })),
          ...(body ? { body: componentName(body) } : {}),
          responses: Object.entries(operation.responses).map(([status, { description }]) => ({
            status,
            description,
          })),
        });
    }
  }
  const refusals = requestRefusalMessagesFor('en');
  return c.html(
    <ApiReferencePage
      title={`${document.info.title} ${document.info.version}`}
      description={document.info.description}
      tags={tags}
      problems={[
        ...(Object.entries(PROBLEMS) as [ProblemType, (typeof PROBLEMS)[ProblemType]][]).map(
          ([type, problem]) => ({
            anchor: problemAnchor(type),
            status: problem.status,
            title: problem.title,
          }),
        ),
        ...DOOR_REFUSALS.map(({ refusal, status }) => ({
          anchor: `refusal-${refusal}`,
          status,
          title: refusals[refusal].title,
        })),
      ]}
      schemas={Object.entries(document.components.schemas).map(([name, schema]) => {
        const { description, ...shape } = schema as { description?: string };
        return { name, ...(description ? { description } : {}), json: JSON.stringify(shape, null, 2) };
      })}
    />,
  );
}
