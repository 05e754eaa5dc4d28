import * as z from 'zod';

/**
 * The registry of the API's JSON shapes: the schemas registered with an `id` are the OpenAPI document's components;
 * descriptions and examples of fields are registered here too.
 */
export const apiSchemas = z.registry<{ id?: string; description?: string; example?: unknown }>();

/** An instant in UTC, as every time in the API is written. */
export const Instant = z
  .string()
  .datetime()
  .register(apiSchemas, { example: '2027-03-10T08:00:00Z', description: 'UTC instant (RFC 3339)' });

/** Every refusal of the API: an RFC 9457 problem details object, in English. */
export const ProblemSchema = z
  .object({
    type: z.string().register(apiSchemas, { example: '/api/v1/docs#problem-not-found' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z
      .string()
      .optional()
      .register(apiSchemas, { description: 'Why a change was refused, as a stable code (409)' }),
    confirmed: z.number().int().optional().register(apiSchemas, {
      description: 'The seats held, when a change would leave fewer (409 `below-taken`)',
    }),
    errors: z
      .array(z.object({ pointer: z.string(), detail: z.string() }))
      .optional()
      .register(apiSchemas, {
        description: 'Each refused field of a query or body (422), as a JSON Pointer',
      }),
  })
  .register(apiSchemas, { id: 'Problem', description: 'RFC 9457 problem details' });
