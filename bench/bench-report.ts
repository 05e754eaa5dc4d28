import type { BurstOutcome } from './burst-outcome.ts';
import type { ColdStart } from './lambda-cold-start.ts';
import type { LighthouseScores } from './lighthouse-scores.ts';
import type { PageWeight } from './page-weight.ts';
import type { ShardedSeatsRun } from './sharded-seats.ts';
import type { SignUpCapacity } from './sign-up-capacity.ts';
import type { SignUpOverhead } from './sign-up-overhead.ts';

export interface BurstResults {
  seats: number;
  participants: number;
  connections: number;
  wallMs: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  outcome: Omit<BurstOutcome, 'waitingPositions' | 'mailMismatches'> & {
    waitingPositionsGapless: boolean;
    mailMismatches: number;
  };
}

export interface BenchResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  burst: BurstResults;
  overhead: SignUpOverhead;
  coldStart: ColdStart;
  pages: PageWeight[];
  lighthouse: LighthouseScores[];
  capacity: { confirmed: SignUpCapacity; waiting: SignUpCapacity };
  shardedSeats: ShardedSeatsRun[];
}

const KB = 1024;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const verdict = (met: boolean) => (met ? 'met' : '**not met**');

/** The bench's figures as one Markdown table per part, each goal marked met or not met. */
export function renderBenchReport(results: BenchResults): string {
  const { burst, overhead, coldStart, pages, capacity } = results;
  const o = burst.outcome;
  const exactSplit = o.confirmed === burst.seats && o.waiting === burst.participants - burst.seats;
  const rows: string[][] = [
    ['**1. Burst**', `${burst.participants} sign-ups at once over HTTP, ${burst.seats} seats`, '', ''],
    [
      'confirmed / waiting',
      `${o.confirmed} / ${o.waiting}`,
      `${burst.seats} / ${burst.participants - burst.seats}`,
      verdict(exactSplit),
    ],
    [
      'waiting positions 1…n without gaps',
      String(o.waitingPositionsGapless),
      'true',
      verdict(o.waitingPositionsGapless),
    ],
    ['errors (no answer, or not 201/200)', String(o.errors), '0', verdict(o.errors === 0)],
    [
      'duplicate registrations',
      String(o.duplicateRegistrations),
      '0',
      verdict(o.duplicateRegistrations === 0),
    ],
    [
      'mails delivered / addresses not mailed exactly once',
      `${o.mailsDelivered} / ${o.mailMismatches}`,
      `${burst.participants} / 0`,
      verdict(o.mailsDelivered === burst.participants && o.mailMismatches === 0),
    ],
    [
      'latency p50 / p95 / p99 (from burst start)',
      `${ms(burst.latencyMs.p50)} / ${ms(burst.latencyMs.p95)} / ${ms(burst.latencyMs.p99)}`,
      'reported',
      '',
    ],
    [
      'burst wall time, sign-ups per second',
      `${ms(burst.wallMs)}, ${(burst.participants / (burst.wallMs / 1000)).toFixed(0)}/s`,
      'reported',
      '',
    ],
    ['**2. Overhead**', `${overhead.samples} sequential samples each, after warm-up`, '', ''],
    ['sign-up p50 through the app (HTTP)', ms(overhead.appP50Ms), '', ''],
    ['bare TransactWriteItems p50, same items', ms(overhead.bareP50Ms), '', ''],
    ['ratio', overhead.ratio.toFixed(2), '≤ 1.5', verdict(overhead.ratio <= 1.5)],
    ['DynamoDB calls per app sign-up', overhead.appCallsPerSignUp.join(', '), '', ''],
    ['**3. Cold start**', "bundled by the stack's AppFunction (esbuild, minified ESM, SDK bundled)", '', ''],
    ['API bundle size', kb(coldStart.api.bytes), '≤ 250 KB', verdict(coldStart.api.bytes <= 250 * KB)],
    ['Hono "hello" bundle size', kb(coldStart.hello.bytes), 'reported', ''],
    [
      'module init, median (API / hello)',
      `${ms(coldStart.api.initMedianMs)} / ${ms(coldStart.hello.initMedianMs)}`,
      '',
      '',
    ],
    ['init ratio API ÷ hello', coldStart.initRatio.toFixed(2), '≤ 2', verdict(coldStart.initRatio <= 2)],
    ['**4. Pages**', 'first visit: HTML with headers + stylesheet, uncompressed (gzip in brackets)', '', ''],
    ...pages.map((page) => [
      `${page.page} (\`${page.path}\`, ${page.status})`,
      `${kb(page.firstVisitBytes)} (${kb(page.firstVisitGzipBytes)}), ${page.scripts} scripts`,
      '≤ 30 KB, no JS',
      verdict(page.firstVisitBytes <= 30 * KB && page.scripts === 0),
    ]),
    ...results.lighthouse.map((run) => [
      `Lighthouse, ${run.path}: performance / accessibility / best practices / SEO`,
      `${run.scores.performance} / ${run.scores.accessibility} / ${run.scores['best-practices']} / ${run.scores.seo}`,
      'accessibility 100',
      verdict(run.scores.accessibility === 100),
    ]),
    ['**5. Scale**', 'request units per sign-up (details: docs/scale.md)', '', ''],
    ...(['confirmed', 'waiting'] as const).map((kind) => [
      `${kind} sign-up transaction: table + GSI write units by AWS's rules (DynamoDB Local says)`,
      transactionUnits(capacity[kind]),
      'reported',
      '',
    ]),
    ...(['confirmed', 'waiting'] as const).map((kind) => [
      `${kind} sign-up, all calls: read / write / GSI write units as DynamoDB Local reports them`,
      reportedUnits(capacity[kind]),
      'reported',
      '',
    ]),
    ['event item (seat counter) size', kb(capacity.confirmed.eventItem.bytes), '', ''],
    [
      "one event's ceiling at 1,000 WCU/s on its item",
      `${eventCeiling(capacity.confirmed).toFixed(0)} confirmed sign-ups/s`,
      'reported',
      '',
    ],
    ...results.shardedSeats.map((run) => [
      `${run.shards} shard(s), ${run.capacity} seats, ${run.takers} takers at once`,
      `${run.seated} seated, ${run.waiting} waiting, ${run.refusals} refusals, ${run.takersPerSecond.toFixed(0)} takers/s`,
      'no oversell',
      verdict(!run.oversold && run.seated === Math.min(run.capacity, run.takers)),
    ]),
  ];
  const { machine } = results;
  return [
    `# Träffpunkt bench, ${results.measuredAt}`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node} (${machine.platform}); DynamoDB Local, the SMTP catcher and the app share it.`,
    '',
    '| measure | value | goal | verdict |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    '## The sign-up transaction, item by item',
    '',
    '| item | operation | bytes | transactional WCU | GSI1 WCU |',
    '| --- | --- | --- | --- | --- |',
    ...capacity.confirmed.transaction.map(
      (element) =>
        `| ${element.item} | ${element.operation} | ${element.bytes} | ${element.writeUnits} | ${element.indexWriteUnits} |`,
    ),
    '',
  ].join('\n');
}

function transactionUnits(capacity: SignUpCapacity): string {
  const table = capacity.transaction.reduce((sum, element) => sum + element.writeUnits, 0);
  const index = capacity.transaction.reduce((sum, element) => sum + element.indexWriteUnits, 0);
  const reported = capacity.calls.findLast((call) => call.command === 'TransactWriteItems' && !call.failed);
  return `${table} + ${index} (${reported?.tableUnits ?? 0} + ${reported?.indexUnits ?? 0})`;
}

function reportedUnits(capacity: SignUpCapacity): string {
  const reads = capacity.calls.filter((call) => !/Transact|Put|Update|Delete/.test(call.command));
  const writes = capacity.calls.filter((call) => /Transact|Put|Update|Delete/.test(call.command));
  const total = (calls: typeof capacity.calls, units: 'tableUnits' | 'indexUnits') =>
    calls.reduce((sum, call) => sum + call[units], 0);
  return `${total(reads, 'tableUnits')} / ${total(writes, 'tableUnits')} / ${total(writes, 'indexUnits')}`;
}

/** Confirmed sign-ups per second one event item can take when a partition gives it 1,000 write units a second. */
export function eventCeiling(capacity: SignUpCapacity): number {
  const eventUpdate = capacity.transaction.find((element) => element.operation === 'Update');
  return 1000 / (eventUpdate?.writeUnits ?? Number.NaN);
}
