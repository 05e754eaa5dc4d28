import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { freePort } from '#local/free-port.ts';
import { LOCAL_TABLE_NAME } from '#local/local-platform.ts';
import { connectTable } from '#store/table/table.ts';

export interface LocalPlatformProcess {
  /** The app's port, the DynamoDB Local endpoint and the SMTP catcher's port, as the start banner prints them. */
  appPort: number;
  dynamoDbEndpoint: string;
  smtpPort: number;
  baseUrl: string;
  /** Everything the process wrote, stdout and stderr together. */
  output(): string;
  /** Kills the process and its children (DynamoDB Local) with one signal, and waits until the platform is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /**
   * Kills the app with SIGKILL, as a Lambda dies at its timeout, then DynamoDB Local, which stands for a service the
   * Lambda's death leaves running, once it has committed every write it acknowledged; waits until both are gone.
   */
  crash(): Promise<void>;
}

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
/** A cold start compiles the DynamoDB Local launcher and loads the demo data: slow on a busy machine. */
const START_TIMEOUT_MS = 90_000;

/**
 * The local platform as `npm start` runs it (`tsx functions/local/start.ts`), in a process of its own on a free port
 * with its data in `dataDirectory`. The process leads its own process group, so a kill reaches DynamoDB Local too,
 * as when the machine or the Lambda sandbox it stands for goes away. Resolves once the start banner is printed.
 */
export async function startLocalPlatformProcess(options: {
  dataDirectory: string;
  env?: Record<string, string>;
}): Promise<LocalPlatformProcess> {
  const appPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
    cwd: REPOSITORY,
    env: { ...process.env, PORT: String(appPort), DATA_DIRECTORY: options.dataDirectory, ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  const output = () => chunks.join('');
  const exited = once(child, 'exit');
  const banner = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start banner in ${START_TIMEOUT_MS} ms:\n${output()}`)),
      START_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      chunks.push(chunk.toString());
      if (output().includes('Ctrl-C stops everything.')) {
        clearTimeout(timer);
        resolve(output());
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`the platform exited (${code}) before it was ready:\n${output()}`));
    });
  });
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, signal);
    await exited;
  };
  try {
    const text = await banner;
    const dynamoDbEndpoint = /DynamoDB Local +(http:\/\/\S+)/.exec(text)?.[1];
    const smtpPort = /SMTP catcher +\S+:(\d+)/.exec(text)?.[1];
    if (!dynamoDbEndpoint || !smtpPort) throw new Error(`the banner names no store or catcher:\n${text}`);
    const crash = async () => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      process.kill(child.pid, 'SIGKILL');
      await exited;
      await awaitAcknowledgedCommits(dynamoDbEndpoint);
      process.kill(-child.pid, 'SIGKILL');
      await untilRefused(new URL(dynamoDbEndpoint));
    };
    return {
      appPort,
      dynamoDbEndpoint,
      smtpPort: Number(smtpPort),
      baseUrl: `http://localhost:${appPort}`,
      output,
      kill,
      crash,
    };
  } catch (error) {
    await kill('SIGKILL');
    throw error;
  }
}

/**
 * DynamoDB keeps every write it acknowledged. DynamoDB Local answers a transaction once its COMMIT is queued for its
 * one SQLite thread, not once it has run (`SQLiteDBAccess.commitTransaction` does not wait for the job), so a JVM
 * killed right after an answer loses the transaction it acknowledged: it did in 8 trials of 8. A read is queued
 * behind those COMMITs on the same thread: its answer proves them run.
 */
async function awaitAcknowledgedCommits(endpoint: string): Promise<void> {
  const store = connectTable({ name: LOCAL_TABLE_NAME, region: 'eu-north-1', endpoint });
  try {
    await store.doc.send(new ScanCommand({ TableName: store.name, Limit: 1 }));
  } finally {
    store.doc.destroy();
  }
}

/** Waits until nothing listens on the URL's port: the process is gone, even while it waits to be reaped. */
async function untilRefused(url: URL): Promise<void> {
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(Number(url.port), url.hostname.replace(/^\[|\]$/g, ''));
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (!open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
