import createClient from 'openapi-fetch';
import type { paths } from './api-v1-client-types.ts';
import type { TestPlatform } from './test-platform.ts';

/** A client generated from the served document (openapi-typescript) and made with openapi-fetch, as an integrator would. */
export function apiClientFor(platform: TestPlatform, token: string) {
  return createClient<paths>({
    baseUrl: 'http://localhost/api/v1',
    headers: { authorization: `Bearer ${token}` },
    fetch: (request) => Promise.resolve(platform.app.request(request)),
  });
}

export type ApiClient = ReturnType<typeof apiClientFor>;
