import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/** One message as it arrived over SMTP: the raw RFC 5322 text, read with any MIME parser. */
export interface CaughtMessage {
  id: string;
  receivedAt: string;
  raw: string;
}

export interface Mailbox {
  /** Newest first. */
  messages(): CaughtMessage[];
  message(id: string): CaughtMessage | undefined;
}

export interface RunningSmtpCatcher {
  port: number;
  mailbox: Mailbox;
  /** Stops listening: connections are refused, as by a mail server that is down. Does nothing when stopped. */
  stop(): Promise<void>;
  /** Listens again on the same port, keeping the messages caught so far. */
  start(): Promise<void>;
}

/**
 * A local SMTP server that accepts every message and keeps it, so developers and tests read exactly what the
 * platform sent over a real SMTP conversation. With `directory`, messages are kept as .eml files across restarts.
 */
export async function startSmtpCatcher(options: {
  host: string;
  port: number;
  directory?: string;
}): Promise<RunningSmtpCatcher> {
  const caught: CaughtMessage[] = options.directory ? loadMessages(options.directory) : [];
  const newServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      // Senders keep pooled connections open: on stop, idle ones are told 421 and closed after a moment,
      // instead of the default half minute.
      closeTimeout: 250,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const receivedAt = new Date().toISOString();
          const message = {
            id: `${receivedAt.replaceAll(/[:.]/g, '-')}-${caught.length + 1}`,
            receivedAt,
            raw: Buffer.concat(chunks).toString('utf8'),
          };
          caught.push(message);
          if (options.directory) writeFileSync(join(options.directory, `${message.id}.eml`), message.raw);
          callback();
        });
      },
    });
  const listen = async (port: number) => {
    const server = newServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, options.host, () => resolve());
    });
    return server;
  };
  let server: SMTPServer | undefined = await listen(options.port);
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    mailbox: {
      messages: () => [...caught].reverse(),
      message: (id) => caught.find((message) => message.id === id),
    },
    stop: async () => {
      const running = server;
      server = undefined;
      if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
    },
    start: async () => {
      server ??= await listen(port);
    },
  };
}

function loadMessages(directory: string): CaughtMessage[] {
  mkdirSync(directory, { recursive: true });
  return readdirSync(directory)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.eml'.length);
      const stamp = id.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z-\d+$/, '$1:$2:$3.$4Z');
      return { id, receivedAt: stamp, raw: readFileSync(join(directory, name), 'utf8') };
    });
}
