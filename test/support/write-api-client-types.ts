import { writeFile } from 'node:fs/promises';
import type { AppContext } from '#context/app-context.ts';
import { apiOperations } from '#http/api/api-v1.ts';
import { openApiDocument } from '#http/api/openapi-document.ts';
import { API_CLIENT_TYPES, apiClientTypes } from './api-client-types.ts';

// The document is made from the operations' declarations alone; no handler runs, so no table or clock is needed.
const document = openApiDocument(apiOperations({ publicBaseUrl: 'http://localhost' } as AppContext));
await writeFile(API_CLIENT_TYPES, await apiClientTypes(document));
