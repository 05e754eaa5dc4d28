import * as z from 'zod';
import { eventApiSchemas } from './event-schemas.ts';

const component = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (description: string, schema: object) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The event API's OpenAPI document: its two routes by hand, the shapes they answer with from the zod schemas. */
export function eventApiDocument() {
  const { schemas } = z.toJSONSchema(eventApiSchemas, {
    target: 'openapi-3.0',
    // Input mode leaves objects open (no `additionalProperties: false`): a client must allow fields added later.
    io: 'input',
    metadata: eventApiSchemas,
    uri: (id) => component(id).$ref,
  });
  return {
    openapi: '3.0.3',
    info: {
      title: 'Träffpunkt API',
      version: '1.0.0',
      description:
        'Events, programmes and meetings of Träffpunkt, the event platform for public-sector collaboration.',
    },
    // A schema object of OpenAPI 3.0 has no `$id`; the component's name is its identity.
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, { $id, ...schema }]) => [id, schema])),
    },
    paths: {
      '/events': {
        get: {
          summary: 'Published events, soonest first',
          responses: { 200: json('The events', { type: 'array', items: component('EventSummary') }) },
        },
      },
      '/events/{eventId}': {
        get: {
          summary: 'One event with its programme and meetings',
          parameters: [
            {
              name: 'eventId',
              in: 'path',
              required: true,
              schema: { type: 'string', example: 'trygghetsdag-2022' },
            },
          ],
          responses: {
            200: json('The event', component('EventDetail')),
            404: json('No such event', component('Error')),
          },
        },
      },
    },
  };
}
