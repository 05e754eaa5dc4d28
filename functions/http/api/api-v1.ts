import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import type { ApiOperation } from './api-operation.ts';
import { apiReference } from './api-reference.tsx';
import { applicationOperations } from './application-operations.ts';
import { delegationOperations } from './delegation-operations.ts';
import { invoiceOperations } from './invoice-operations.ts';
import { meetingOperations } from './meeting-operations.ts';
import { mountOperations } from './mount-operations.ts';
import { openApiDocument } from './openapi-document.ts';
import { organisationEventOperations } from './organisation-event-operations.ts';
import { programmeOperations } from './programme-operations.ts';
import { publicEventOperations } from './public-event-operations.ts';
import { questionOperations } from './question-operations.ts';
import { registrationOperations } from './registration-operations.ts';

/**
 * Every operation of version 1: what the routes serve and the OpenAPI document describes, from one table.
 */
export function apiOperations(context: AppContext): ApiOperation[] {
  return [
    ...publicEventOperations(context),
    ...organisationEventOperations(context),
    ...registrationOperations(context),
    ...programmeOperations(context),
    ...questionOperations(context),
    ...delegationOperations(context),
    ...applicationOperations(context),
    ...meetingOperations(context),
    ...invoiceOperations(context),
  ];
}

/** The JSON API, version 1: its operations, its OpenAPI document at `/openapi.json` and its reference at `/docs`. */
export function apiV1(context: AppContext): Hono {
  const api = new Hono();
  const operations = apiOperations(context);
  const document = openApiDocument(operations);
  api.get('/openapi.json', (c) => c.json(document));
  api.get('/docs', (c) => apiReference(c, document));
  mountOperations(api, context, operations);
  return api;
}
