/**
 * The direction of the layers (docs/architecture.md), checked by `npm run check:imports` in `npm test`:
 *
 *   shared/ ← web/
 *   shared/ ← functions/store/ ← functions/context/ ← functions/operations/ ← functions/{http,jobs,mail}/
 *           ← functions/{lambda,local,admin}/ (entries) ← infra/
 *   functions/files/ (the S3 storage) is an adapter too: entries hand it down as the context's `FileStorage`.
 *
 * Imports point down, never up or sideways between adapters; writes reach the store only through an operation.
 */
const ADAPTERS = 'functions/(http|jobs|mail|files)/';
const ENTRIES = 'functions/(lambda|local|admin)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: neither can be read, tested or moved without the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import the resolver cannot find is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'shared-is-pure',
      comment:
        'shared/ is the domain: types, rules, texts and calendars, on zod, luxon and ical-generator only. No AWS, no Hono, no Node API, nothing above it.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: '^shared/|(^|/)node_modules/(zod|luxon|ical-generator)/' },
    },
    {
      name: 'web-renders-shared-only',
      comment: 'Pages and components take their props from shared/ types; they never reach into functions/.',
      severity: 'error',
      from: { path: '^web/' },
      to: { pathNot: '^(web/|shared/)|(^|/)node_modules/hono/|^(node:)?crypto$' },
    },
    {
      name: 'store-is-below-operations',
      comment: 'The store knows records and transactions, not who calls them.',
      severity: 'error',
      from: { path: '^functions/store/' },
      to: { path: `^(functions/(context|operations)/|${ADAPTERS}|${ENTRIES}|web/|infra/)` },
    },
    {
      name: 'security-is-a-leaf',
      comment: 'Secret tokens and hashes depend on nothing of ours.',
      severity: 'error',
      from: { path: '^functions/security/' },
      to: { path: '^(functions/|shared/|web/|infra/)' },
    },
    {
      name: 'context-is-below-operations',
      comment: 'The contexts are what entries hand down: they name the store, nothing above.',
      severity: 'error',
      from: { path: '^functions/context/' },
      to: { path: `^(functions/operations/|${ADAPTERS}|${ENTRIES}|web/|infra/)` },
    },
    {
      name: 'operations-are-below-adapters',
      comment: 'A use case does not know whether a page, the API, a job or the mailer called it.',
      severity: 'error',
      from: { path: '^functions/operations/' },
      to: { path: `^(${ADAPTERS}|${ENTRIES}|web/|infra/)` },
    },
    {
      name: 'adapters-do-not-import-each-other',
      comment: 'Routes, jobs and the mailer share what they need through operations, not through each other.',
      severity: 'error',
      from: { path: '^functions/(http)/' },
      to: { path: '^functions/(jobs|mail)/' },
    },
    {
      name: 'jobs-and-mail-do-not-import-routes',
      severity: 'error',
      from: { path: '^functions/(jobs|mail)/' },
      to: { path: '^(functions/http/|web/)' },
    },
    {
      name: 'adapters-are-below-entries',
      comment:
        'Entries (Lambda handlers, the local platform, the admin command) wire adapters together; nothing imports them.',
      severity: 'error',
      from: { pathNot: `^(${ENTRIES}|test/|bench/|infra/)` },
      to: { path: `^${ENTRIES}` },
    },
    {
      name: 'lambda-never-holds-local-parts',
      comment: 'The mailbox, the SMTP catcher and DynamoDB Local must never reach a Lambda bundle.',
      severity: 'error',
      from: { path: '^functions/lambda/' },
      to: { path: '^functions/(local|admin)/' },
    },
    {
      name: 'writes-go-through-operations',
      comment:
        'Every write is a use case: routes, jobs, the mailer and entries call an operation, never a transaction.',
      severity: 'error',
      from: { pathNot: '^(functions/(operations|store)/|test/|bench/)' },
      to: { path: '^functions/store/transactions/' },
    },
    {
      name: 'dynamodb-only-in-the-store',
      comment: 'Only the store speaks DynamoDB; everything else calls its functions.',
      severity: 'error',
      from: { pathNot: '^(functions/store/|test/|bench/)' },
      to: { path: '(^|/)node_modules/@aws-sdk/(client-dynamodb|lib-dynamodb)/' },
    },
    {
      name: 's3-only-in-files',
      comment:
        'Only the S3 storage speaks S3; everything else uses the FileStorage it is handed, which the local storage also is.',
      severity: 'error',
      from: { pathNot: '^(functions/files/|test/|bench/)' },
      to: { path: '(^|/)node_modules/@aws-sdk/(client-s3|s3-presigned-post|s3-request-presigner)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(cdk\\.out|\\.data|bench-report|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
