import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { DateTime } from 'luxon';
import { loadDemoPresentation } from '#operations/demo/demo-presentation.ts';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { signInLinkFor } from '#operations/organisers/organiser-sign-in.ts';
import { DEMO_ORGANISERS } from '#shared/demo/demo-organisers.ts';
import { connectTable, ensureTable } from '#store/table/table.ts';
import { startDynamoDbLocal } from './dynamodb-local.ts';
import { freePort } from './free-port.ts';
import { linkSecretIn } from './link-secret-file.ts';
import { listenHost } from './listen-host.ts';
import { assembleLocalPlatform, LOCAL_TABLE_NAME } from './local-platform.ts';
import { startRepeatingTask } from './repeating-task.ts';

/**
 * `npm start`: the whole platform on this machine, data under .data/ (DATA_DIRECTORY overrides), demo events loaded,
 * mail caught locally. Everything listens on loopback only unless HOST says otherwise.
 */
const dataDirectory = process.env.DATA_DIRECTORY ?? join(process.cwd(), '.data');
const port = Number(process.env.PORT ?? 3000);
const { host, warning } = listenHost(process.env);
if (warning) console.warn(warning);
const publicBaseUrl = `http://localhost:${port}`;

const started = Date.now();
const dynamo = await startDynamoDbLocal({
  host,
  port: await freePort(),
  dataDirectory: join(dataDirectory, 'dynamodb'),
});
const table = connectTable({ name: LOCAL_TABLE_NAME, region: 'eu-north-1', endpoint: dynamo.endpoint });
await ensureTable(table);
const added = await loadDemoData(table, DateTime.now().setZone('Europe/Stockholm').toISODate() ?? '');
const linkSecret = linkSecretIn(dataDirectory);

const platform = await assembleLocalPlatform({
  table,
  clock: () => new Date(),
  publicBaseUrl,
  linkSecret: async () => linkSecret,
  host,
  mailDirectory: join(dataDirectory, 'mailbox'),
  fileDirectory: join(dataDirectory, 'files'),
});
// The seed's police deck on its session: needs the platform's file storage and fonts, so it comes after.
await loadDemoPresentation(platform.context);
const stopOutboxWorker = startRepeatingTask('outbox delivery', 1_000, platform.deliverOutbox);
const stopJobs = startRepeatingTask('scheduled jobs', 60_000, platform.runJobs);
const server = serve({ fetch: platform.app.fetch, port, hostname: host });
const demoAdmin = DEMO_ORGANISERS[0]?.email ?? '';
const adminLink = await signInLinkFor(platform.context, demoAdmin);

console.log(`
Träffpunkt is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s${added.length > 0 ? `, demo events added: ${added.length}` : ''}).

  Start page      ${publicBaseUrl}/   (listening on ${host}:${port})
  Organisers      ${publicBaseUrl}/organiser   (demo sign-in: ${DEMO_ORGANISERS.map((organiser) => organiser.email).join(', ')};
                  the sign-in link arrives in the mailbox)
  Sign in now     ${adminLink ?? '(the demo admin is missing)'}
                  (${demoAdmin}, admin of SKR; valid 10 minutes, once)
  Mailbox         ${publicBaseUrl}/mailbox
  API             ${publicBaseUrl}/api/v1/events   (OpenAPI: ${publicBaseUrl}/api/v1/openapi.json)
  Health          ${publicBaseUrl}/healthz

  DynamoDB Local  ${dynamo.endpoint} (listening on ${host}; data in ${join(dataDirectory, 'dynamodb')})
  SMTP catcher    ${host}:${platform.smtpPort} (mail in ${join(dataDirectory, 'mailbox')})
  Files           ${platform.files.uploadOrigin} (uploads in ${join(dataDirectory, 'files')})

Ctrl-C stops everything. \`npm run reset\` wipes .data/.
`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  stopOutboxWorker();
  stopJobs();
  await new Promise((resolve) => server.close(resolve));
  await platform.stop();
  await dynamo.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
