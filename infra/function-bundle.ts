import { buildSync } from 'esbuild';

/**
 * Bundles a Lambda entry with esbuild as the stack deploys it: minified ESM for Node 22 with source maps (mappings
 * only), the AWS SDK inside (the versions our tests ran, not the runtime's), and the role's credentials read from
 * the environment instead of the SDK's whole credential chain. Code splitting is on: a module the app imports with
 * `import()` becomes a chunk of its own, loaded on its first use, so a cold start evaluates only the entry's shell.
 * The handler is `index.mjs` in `outputDir`, its chunks beside it.
 */
export function bundleFunction(options: { repositoryRoot: string; entry: string; outputDir: string }): void {
  buildSync({
    absWorkingDir: options.repositoryRoot,
    entryPoints: { index: options.entry },
    outdir: options.outputDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    minify: true,
    sourcemap: true,
    // Stack traces need the mappings, not a copy of every source: the map shrinks threefold, and with
    // --enable-source-maps each cold start reads and parses it.
    sourcesContent: false,
    mainFields: ['module', 'main'],
    // CommonJS dependencies call `require`, which an ES module does not have.
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    alias: { '@aws-sdk/credential-provider-node': './functions/lambda/lambda-credentials.ts' },
    logLevel: 'warning',
  });
}
