import { isLoopback } from '#http/client-address.ts';

/** Where the local platform listens unless HOST says otherwise: this machine only. */
export const LOOPBACK = '127.0.0.1';

/**
 * The address `npm start` binds the app, DynamoDB Local and the SMTP catcher to: HOST, or loopback. Anyone who can
 * reach them can ask for an organiser's sign-in link and read it in the mailbox, or read the table itself, so any
 * other address comes with a warning to print.
 */
export function listenHost(env: NodeJS.ProcessEnv): { host: string; warning?: string } {
  const host = env.HOST?.trim() || LOOPBACK;
  if (host === 'localhost' || isLoopback(host)) return { host };
  return {
    host,
    warning:
      `Warning: HOST=${host} makes the local platform reachable from other machines. Anyone who reaches it can ` +
      'sign in as a demo organiser through the mailbox and read or change the local table. Leave HOST unset to ' +
      `listen on ${LOOPBACK} only.`,
  };
}

/** Where a client on this machine reaches a server listening on `host`: a wildcard address is reached at loopback. */
export function reachableHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? LOOPBACK : host;
}
