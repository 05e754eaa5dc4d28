import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AppFunction } from '#infra/app-function.ts';
import { percentile } from './percentile.ts';

export interface BundleStart {
  entry: string;
  /** The minified `index.mjs`, source map not counted. */
  bytes: number;
  /** Median time for a fresh `node` process to import the bundle (module initialisation). */
  initMedianMs: number;
  initRunsMs: number[];
}

export interface ColdStart {
  api: BundleStart;
  hello: BundleStart;
  /** Hono and the DynamoDB document client: the floor of the API's own required dependencies. */
  floor: BundleStart;
  /** api.initMedianMs ÷ hello.initMedianMs. */
  initRatio: number;
  /** api.initMedianMs ÷ floor.initMedianMs. */
  floorRatio: number;
}

const run = promisify(execFile);

/**
 * Bundles the API handler, a bare Hono "hello" handler and the floor (Hono with the document client) through the stack's own `AppFunction` construct (so
 * esbuild runs with exactly the stack's options: minified ESM, source maps, AWS SDK bundled) and times, in `runs`
 * fresh node processes each, alternating, how long importing each bundle takes.
 */
export async function measureColdStart(runs: number): Promise<ColdStart> {
  const workDirectory = mkdtempSync(join(tmpdir(), 'traffpunkt-bench-'));
  try {
    const bundles = {
      api: bundleAsTheStackDoes('functions/lambda/api-handler.ts', join(workDirectory, 'api')),
      hello: bundleAsTheStackDoes('bench/hello-handler.ts', join(workDirectory, 'hello')),
      floor: bundleAsTheStackDoes('bench/floor-handler.ts', join(workDirectory, 'floor')),
    };
    const times = { api: [] as number[], hello: [] as number[], floor: [] as number[] };
    for (let n = 0; n < runs; n += 1) {
      times.api.push(await importTime(bundles.api));
      times.hello.push(await importTime(bundles.hello));
      times.floor.push(await importTime(bundles.floor));
    }
    const start = (name: keyof typeof bundles, entry: string): BundleStart => ({
      entry,
      bytes: statSync(bundles[name]).size,
      initMedianMs: percentile(times[name], 50),
      initRunsMs: times[name],
    });
    const api = start('api', 'functions/lambda/api-handler.ts');
    const hello = start('hello', 'bench/hello-handler.ts');
    const floor = start('floor', 'bench/floor-handler.ts');
    return {
      api,
      hello,
      floor,
      initRatio: api.initMedianMs / hello.initMedianMs,
      floorRatio: api.initMedianMs / floor.initMedianMs,
    };
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}

/** Synthesising a function runs its bundling into the app's output directory: the bundle the stack would upload. */
function bundleAsTheStackDoes(entry: string, outdir: string): string {
  const app = new App({ outdir });
  new AppFunction(new Stack(app, 'Bench'), 'Function', {
    entry,
    service: 'bench',
    description: 'bench',
    timeout: Duration.seconds(10),
    environment: {},
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const asset = readdirSync(outdir).find((name) => name.startsWith('asset.'));
  if (!asset) throw new Error(`bundling ${entry} produced no asset`);
  return join(outdir, asset, 'index.mjs');
}

/** A fresh process, environment as in the stack (source maps on), measuring only the import of the bundle. */
async function importTime(bundle: string): Promise<number> {
  const script = `const { performance } = await import('node:perf_hooks');
const started = performance.now();
await import(process.argv[1]);
process.stdout.write(String(performance.now() - started));`;
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '-e', script, pathToFileURL(bundle).href],
    {
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: '--enable-source-maps',
        AWS_REGION: 'eu-north-1',
        TABLE_NAME: 'traffpunkt-bench',
        // Read when the first request needs it, never at import: any ARN lets the bundle start.
        LINK_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:traffpunkt-bench-link',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    },
  );
  return Number(stdout);
}
