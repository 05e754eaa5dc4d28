import type { Context } from 'hono';

/**
 * The address the request came from, as the platform that ran it saw the connection: API Gateway's `sourceIp`
 * (HTTP API or REST API) in Lambda, the socket's peer under the local Node server. Never a header such as
 * X-Forwarded-For, which the client writes itself. Undefined when nothing tells (a test calling the app in-process).
 */
export function clientAddress(c: Context): string | undefined {
  const env = c.env as
    | {
        requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } };
        incoming?: { socket?: { remoteAddress?: string } };
      }
    | undefined;
  return (
    env?.requestContext?.http?.sourceIp ??
    env?.requestContext?.identity?.sourceIp ??
    env?.incoming?.socket?.remoteAddress ??
    undefined
  );
}

/** The machine itself: the local server's own browser, its tests and load runs over loopback. */
export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
