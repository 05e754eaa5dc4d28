import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request the receiver took, with what it answered and whether the signature held. */
export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  answered: number;
  verified: boolean;
}

/**
 * A real HTTP receiver on 127.0.0.1 that checks every signature with the `standardwebhooks` package (an
 * implementation independent of ours), as of `now()` (the platform's moved clock: the package refuses a timestamp
 * more than five minutes from its own clock). It can be down (connections refused) or answer 500.
 */
export async function startWebhookReceiver(now: () => Date) {
  const received: ReceivedWebhook[] = [];
  let secret = '';
  let answer = 204;
  let server: Server | undefined;
  let port = 0;
  const verifies = (body: string, headers: Record<string, string>) => {
    const realNow = Date.now;
    Date.now = () => now().getTime();
    try {
      new Webhook(secret).verify(body, headers);
      return true;
    } catch {
      return false;
    } finally {
      Date.now = realNow;
    }
  };
  const listen = () =>
    new Promise<void>((resolve) => {
      const listening = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const headers = {
            'webhook-id': String(request.headers['webhook-id']),
            'webhook-timestamp': String(request.headers['webhook-timestamp']),
            'webhook-signature': String(request.headers['webhook-signature']),
          };
          received.push({
            id: headers['webhook-id'],
            timestamp: headers['webhook-timestamp'],
            body,
            payload: JSON.parse(body),
            answered: answer,
            verified: verifies(body, headers),
          });
          response.writeHead(answer).end();
        });
      });
      server = listening;
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    url: () => `http://127.0.0.1:${port}/hooks`,
    received,
    /** The requests it answered 2xx: what counts as delivered. */
    delivered: () => received.filter(({ answered }) => answered >= 200 && answered < 300),
    useSecret: (value: string) => {
      secret = value;
    },
    answerWith: (status: number) => {
      answer = status;
    },
    /** Stops listening: connections are refused, as by a receiver that is down. */
    down: () => close(server),
    /** Listens again on the same port. */
    up: listen,
    stop: () => close(server),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** Closes the server and the connections the deliverer keeps alive, so its port refuses at once. */
function close(server: Server | undefined): Promise<void> {
  if (!server?.listening) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
