import { addOrganiser } from '#operations/organisers/add-organiser.ts';
import { connectTable } from '#store/table/table.ts';
import { ORGANISER_USAGE, organiserRequestFrom } from './organiser-arguments.ts';

/** `npm run organiser:add`: puts an organiser into the table of a deployed stage (or of DynamoDB Local). */
const parsed = organiserRequestFrom(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`${parsed.error}\n\n${ORGANISER_USAGE}`);
  process.exit(2);
}
const { request } = parsed;
const tableName = request.table ?? process.env.TABLE_NAME;
if (!tableName) {
  console.error(`Name the table with --table or TABLE_NAME.\n\n${ORGANISER_USAGE}`);
  process.exit(2);
}
const table = connectTable({
  name: tableName,
  region: process.env.AWS_REGION ?? 'eu-north-1',
  ...(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
});
const outcome = await addOrganiser(table, request);
if ('refusal' in outcome) {
  console.error(
    `There is no organisation "${request.organisationId}" in ${tableName}. To create it, add --organisation-name (and --kind, --country).`,
  );
  process.exit(1);
}
console.log(
  `${request.email} is now ${request.role} of ${outcome.organisation.name} (${request.organisationId}) in ${tableName}. They sign in at /organiser with a link sent to that address.`,
);
