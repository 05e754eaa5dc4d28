import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { AppFunction } from '#infra/app-function.ts';
import { logicalIdOf, type synthesizeStack } from './synthesize-stack.ts';

const run = promisify(execFile);

/** Where the synthesised assembly keeps the bundle (`index.mjs` and its map) that the stack deploys for `fn`. */
export function bundleDirectory(stage: ReturnType<typeof synthesizeStack>, fn: AppFunction): string {
  const resource = stage.template.toJSON().Resources[logicalIdOf(stage.stack, fn.function)];
  return join(
    stage.assemblyDirectory,
    `asset.${String(resource.Properties.Code.S3Key).replace(/\.zip$/, '')}`,
  );
}

/**
 * Invokes the `handler` of a built bundle as Lambda does: a fresh Node process in UTC with the function's
 * environment and source maps on, the event and context as JSON. Returns what the handler resolved to.
 */
export async function invokeBundle(
  directory: string,
  invocation: { event: unknown; context: unknown; environment: Record<string, string> },
): Promise<unknown> {
  return (await invokeBundleLogging(directory, invocation)).result;
}

/** The same, with what the function wrote besides its answer, to standard output and error: its log lines. */
export async function invokeBundleLogging(
  directory: string,
  invocation: { event: unknown; context: unknown; environment: Record<string, string> },
): Promise<{ result: unknown; log: string[] }> {
  const script = `
    const { handler } = await import(${JSON.stringify(pathToFileURL(join(directory, 'index.mjs')).href)});
    const [event, context] = JSON.parse(process.env.INVOCATION);
    const result = await handler(event, { ...context, getRemainingTimeInMillis: () => 60000 });
    process.stdout.write('\\nRESULT ' + JSON.stringify(result ?? null) + '\\n');
    process.exit(0);
  `;
  const { stdout, stderr } = await run(
    process.execPath,
    ['--enable-source-maps', '--input-type=module', '--eval', script],
    {
      env: {
        PATH: process.env.PATH,
        TZ: 'UTC',
        AWS_REGION: 'eu-north-1',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...invocation.environment,
        INVOCATION: JSON.stringify([invocation.event, invocation.context]),
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const lines = stdout.split('\n');
  const line = lines.find((candidate) => candidate.startsWith('RESULT '));
  if (!line) throw new Error(`the bundle answered nothing:\n${stdout}`);
  return {
    result: JSON.parse(line.slice('RESULT '.length)),
    log: [...lines, ...stderr.split('\n')].filter(
      (candidate) => candidate !== '' && !candidate.startsWith('RESULT '),
    ),
  };
}
