import { isIP } from 'node:net';
import type { Context } from 'hono';
import { passedOriginCheck } from './origin-verification.ts';

/** Where CloudFront tells the origin the viewer's address and source port (forwarded by the origin request policy). */
export const VIEWER_ADDRESS_HEADER = 'CloudFront-Viewer-Address';

/**
 * The address the request came from. Behind CloudFront, once the origin check has vouched for the request, the
 * viewer's address CloudFront forwards; otherwise as the platform that ran it saw the connection: API Gateway's
 * `sourceIp` (HTTP API or REST API) in Lambda, the socket's peer under the local Node server. Never a header the
 * client could write itself (X-Forwarded-For, or CloudFront's header on a request that did not pass the check).
 * Undefined when nothing tells (a test calling the app in-process).
 */
export function clientAddress(c: Context): string | undefined {
  const viewer = passedOriginCheck(c) ? viewerAddress(c.req.header(VIEWER_ADDRESS_HEADER)) : undefined;
  const env = c.env as
    | {
        requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } };
        incoming?: { socket?: { remoteAddress?: string } };
      }
    | undefined;
  return (
    viewer ??
    env?.requestContext?.http?.sourceIp ??
    env?.requestContext?.identity?.sourceIp ??
    env?.incoming?.socket?.remoteAddress ??
    undefined
  );
}

/**
 * The address in a `CloudFront-Viewer-Address` value, which is `address:port`: `198.51.100.10:46532`, an IPv6
 * address unbracketed (`2001:db8::8a2e:370:7334:46532`), so the port is what follows the last colon. Brackets are
 * accepted too. Undefined for anything that is not an IP address and a port.
 */
export function viewerAddress(value: string | undefined): string | undefined {
  const match = value?.trim().match(/^\[?([^\]]+?)\]?:(\d{1,5})$/);
  const address = match?.[1];
  return address !== undefined && isIP(address) !== 0 ? address : undefined;
}

/** The machine itself: the local server's own browser, its tests and load runs over loopback. */
export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
