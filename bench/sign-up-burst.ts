import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface BurstResponse {
  email: string;
  /** The HTTP status, or 0 when the request failed without one (refused connection, reset…). */
  status: number;
  /** From the moment the whole burst was started until this response's body had arrived. */
  latencyMs: number;
  failure?: string;
}

export interface Burst {
  responses: BurstResponse[];
  wallMs: number;
}

/** The n-th participant signing up for an event: the fields a browser posts, an address used nowhere else. */
export function burstParticipant(eventId: string, n: number): Record<string, string> {
  return {
    name: `Deltagare ${n}`,
    email: `deltagare${n}@${eventId}.kommun.example`,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
  };
}

/**
 * Posts `participants` sign-up forms to one event over real HTTP, all started at the same instant. The client is a
 * keep-alive pool of `connections` sockets, as a browser fleet behind a proxy would be; a request waiting for a free
 * socket is waiting in the user's eyes too, so its latency counts from the start of the burst.
 */
export async function signUpBurst(options: {
  baseUrl: string;
  eventId: string;
  participants: number;
  connections: number;
}): Promise<Burst> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const url = signUpUrl(options.baseUrl, options.eventId);
  const started = performance.now();
  try {
    const responses = await Promise.all(
      Array.from({ length: options.participants }, (_, n) =>
        postSignUp(agent, url, burstParticipant(options.eventId, n), started),
      ),
    );
    return { responses, wallMs: performance.now() - started };
  } finally {
    agent.destroy();
  }
}

export function signUpUrl(baseUrl: string, eventId: string): URL {
  return new URL(`/events/${encodeURIComponent(eventId)}/sign-up`, baseUrl);
}

/** Posts one sign-up form through `agent`; the latency counts from `started` (a `performance.now()` reading). */
export function postSignUp(
  agent: Agent,
  url: URL,
  fields: Record<string, string>,
  started: number,
): Promise<BurstResponse> {
  const email = fields.email ?? '';
  const body = new URLSearchParams(fields).toString();
  return new Promise((resolve) => {
    const failed = (error: Error) =>
      resolve({ email, status: 0, latencyMs: performance.now() - started, failure: error.message });
    const outgoing = request(
      url,
      {
        agent,
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          // The CSRF guard accepts form posts from our own origin only, as a browser on our page would send them.
          origin: url.origin,
        },
      },
      (response) => {
        response.resume();
        response.once('error', failed);
        response.once('end', () =>
          resolve({ email, status: response.statusCode ?? 0, latencyMs: performance.now() - started }),
        );
      },
    );
    outgoing.once('error', failed);
    outgoing.end(body);
  });
}
