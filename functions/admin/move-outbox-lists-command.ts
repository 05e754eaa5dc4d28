import { moveFormerOutboxLists } from '#operations/outbox/move-former-outbox-lists.ts';
import { connectTable } from '#store/table/table.ts';

/**
 * `npm run outbox:move-lists`: once, after the deploy that added GSI2, moves the messages a stage's table still lists
 * in GSI1's former lists of messages to send (docs/deploying.md). TABLE_NAME (or `--table`) names the table.
 */
const at = process.argv.indexOf('--table');
const tableName = (at >= 0 ? process.argv[at + 1] : undefined) ?? process.env.TABLE_NAME;
if (!tableName) {
  console.error('Name the table with --table or TABLE_NAME.');
  process.exit(2);
}
const table = connectTable({
  name: tableName,
  region: process.env.AWS_REGION ?? 'eu-north-1',
  ...(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
});
const moved = await moveFormerOutboxLists(table);
console.log(`${moved} outbox message(s) moved to the list of messages to send (GSI2) in ${tableName}.`);
