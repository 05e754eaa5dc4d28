import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freePort } from '#local/free-port.ts';

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
    return {
      appPort,
      dynamoDbEndpoint,
      smtpPort: Number(smtpPort),
      baseUrl: `http://localhost:${appPort}`,
      output,
      kill,
    };
  } catch (error) {
    await kill('SIGKILL');
    throw error;
  }
}
