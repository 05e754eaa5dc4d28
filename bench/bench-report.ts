import type { BurstOutcome } from './burst-outcome.ts';
import type { HotItemRate } from './hot-item-rate.ts';
import type { ColdStart } from './lambda-cold-start.ts';
import type { LighthouseScores } from './lighthouse-scores.ts';
import type { OrganiserPagesAtScale } from './organiser-pages-at-scale.ts';
import type { PageWeight } from './page-weight.ts';
import type { ShardedSeatsRun } from './sharded-seats.ts';
import { mailWriteUnits, type SignUpCapacity } from './sign-up-capacity.ts';
import type { SignUpOverhead } from './sign-up-overhead.ts';
import type { WaitingSignUpLatency } from './waiting-sign-up-latency.ts';

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

export interface ConflictResults {
  seats: number;
  participants: number;
  wallMs: number;
  conflicts: { transactions: number; writes: number };
  confirmed: number;
  waiting: number;
  errors: number;
  statuses: Record<string, number>;
}

export interface BenchResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  burst: BurstResults;
  overhead: SignUpOverhead;
  waiting: WaitingSignUpLatency;
  hotItem: HotItemRate;
  conflicts: ConflictResults;
  organiserPages: OrganiserPagesAtScale;
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
    ['ratio', overhead.ratio.toFixed(2), '≤ 1.3', verdict(overhead.ratio <= 1.3)],
    ['DynamoDB calls per app sign-up', overhead.appCallsPerSignUp.join(', '), '', ''],
    ['waiting-list sign-up p50 through the app', ms(results.waiting.appP50Ms), '', ''],
    [
      'DynamoDB calls per waiting-list sign-up',
      results.waiting.callsPerSignUp.join(', '),
      '≤ 2 calls',
      verdict(results.waiting.callsPerSignUp.length <= 2),
    ],
    [
      `bare sign-up transactions on one hot item, ${results.hotItem.inFlight} at once`,
      `${results.hotItem.transactions} in ${ms(results.hotItem.wallMs)}, ${results.hotItem.perSecond.toFixed(0)}/s`,
      'reported',
      '',
    ],
    [
      `**Conflicts as DynamoDB has them** (simulated)`,
      `${results.conflicts.participants} sign-ups at once, ${results.conflicts.seats} seats`,
      '',
      '',
    ],
    [
      'confirmed / waiting / errors',
      `${results.conflicts.confirmed} / ${results.conflicts.waiting} / ${results.conflicts.errors} (statuses ${JSON.stringify(results.conflicts.statuses)})`,
      `${results.conflicts.seats} / ${results.conflicts.participants - results.conflicts.seats} / 0`,
      verdict(
        results.conflicts.confirmed === results.conflicts.seats &&
          results.conflicts.waiting === results.conflicts.participants - results.conflicts.seats &&
          results.conflicts.errors === 0,
      ),
    ],
    [
      'sign-ups per second; transactions cancelled / single writes refused for conflict',
      `${(results.conflicts.participants / (results.conflicts.wallMs / 1000)).toFixed(0)}/s; ${results.conflicts.conflicts.transactions} / ${results.conflicts.conflicts.writes}`,
      'reported',
      '',
    ],
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
    [
      'floor bundle (Hono + document client): size, module init median',
      `${kb(coldStart.floor.bytes)}, ${ms(coldStart.floor.initMedianMs)}`,
      'reported',
      '',
    ],
    [
      'init ratio API ÷ floor',
      coldStart.floorRatio.toFixed(2),
      '≤ 1.3',
      verdict(coldStart.floorRatio <= 1.3),
    ],
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
    [
      'event item (left alone) / seat counter (updated, vouching for the event) / outbox item (queued)',
      `${capacity.confirmed.eventItem.bytes} / ${capacity.confirmed.seatCounter.bytes} / ${capacity.confirmed.outboxItem.bytes} bytes`,
      '',
      '',
    ],
    [
      'its mail: queue + claim + mark sent, table + GSI write units by the rules',
      `${mailWriteUnits(capacity.confirmed).table} + ${mailWriteUnits(capacity.confirmed).index} (${capacity.confirmed.mail
        .map((write) => `${write.step} ${write.tableUnits} + ${write.indexUnits}`)
        .join(', ')})`,
      'reported',
      '',
    ],
    [
      `**6. Organiser pages**`,
      `${results.organiserPages.registrations.large} registrations against ${results.organiserPages.registrations.small}`,
      '',
      '',
    ],
    ...results.organiserPages.pages.map(({ page, small, large }) => [
      `${page}: size, median time (${results.organiserPages.registrations.small} → ${results.organiserPages.registrations.large})`,
      `${kb(small.bytes)} → ${kb(large.bytes)}, ${ms(small.medianMs)} → ${ms(large.medianMs)}`,
      'reported',
      '',
    ]),
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
    "## Issue 19's targets",
    '',
    '| figure | today | target | verdict |',
    '| --- | --- | --- | --- |',
    ...targetRows(results).map((row) => `| ${row.join(' | ')} |`),
    '',
    '## Everything measured',
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
  const table = tableUnits(capacity);
  const index = indexUnits(capacity);
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

/**
 * Confirmed sign-ups per second one event can take when a partition gives an item 1,000 write units a second: every
 * sign-up updates the seat counter and checks the event item, so the dearer of the two bounds it.
 */
export function eventCeiling(capacity: SignUpCapacity): number {
  const hot = capacity.transaction.filter((element) => element.operation !== 'Put');
  return 1000 / Math.max(...hot.map((element) => element.writeUnits));
}

const tableUnits = (capacity: SignUpCapacity) =>
  capacity.transaction.reduce((sum, element) => sum + element.writeUnits, 0);
const indexUnits = (capacity: SignUpCapacity) =>
  capacity.transaction.reduce((sum, element) => sum + element.indexWriteUnits, 0);

/** The issue's target table: each figure as measured in this run, its target, and whether it is met. */
function targetRows(results: BenchResults): string[][] {
  const { overhead, waiting, coldStart, capacity, burst, hotItem, organiserPages } = results;
  const signUpTable = tableUnits(capacity.confirmed);
  const signUpIndex = indexUnits(capacity.confirmed);
  const mail = mailWriteUnits(capacity.confirmed);
  const waitingRatio = waiting.appP50Ms / overhead.bareP50Ms;
  const burstRate = burst.participants / (burst.wallMs / 1000);
  const burstRatio = burstRate / hotItem.perSecond;
  const o = burst.outcome;
  const unchanged =
    o.confirmed === burst.seats && o.waiting === burst.participants - burst.seats && o.errors === 0;
  const overview = organiserPages.pages[0];
  const growth = (page: (typeof organiserPages.pages)[number] | undefined) =>
    page
      ? { size: page.large.bytes / page.small.bytes, time: page.large.medianMs / page.small.medianMs }
      : undefined;
  const overviewGrowth = growth(overview);
  const scale = organiserPages.registrations.large / organiserPages.registrations.small;
  const pageRows = organiserPages.pages.slice(1).map((page) => {
    const grown = growth(page);
    const isExport = page.page.includes('export');
    const bound = isExport ? scale * 1.5 : 1.5;
    return [
      `${page.page} with ${organiserPages.registrations.large} ÷ with ${organiserPages.registrations.small}, size and time`,
      `${grown?.size.toFixed(2)} and ${grown?.time.toFixed(2)}`,
      isExport ? `linear (≤ ${bound.toFixed(0)}, i.e. 1.5 × ${scale})` : '≤ 1.5',
      verdict((grown?.size ?? Infinity) <= bound && (grown?.time ?? Infinity) <= bound),
    ];
  });
  return [
    [
      'confirmed sign-up p50 ÷ bare TransactWriteItems p50 of the same items',
      `${overhead.ratio.toFixed(2)} (${ms(overhead.appP50Ms)} ÷ ${ms(overhead.bareP50Ms)})`,
      '≤ 1.3',
      verdict(overhead.ratio <= 1.3),
    ],
    [
      'waiting-list sign-up p50 ÷ the same bare transaction',
      `${waitingRatio.toFixed(2)} (${ms(waiting.appP50Ms)}, ${waiting.callsPerSignUp.length} calls)`,
      '≤ 2.2',
      verdict(waitingRatio <= 2.2),
    ],
    [
      'API import time ÷ floor bundle’s',
      `${coldStart.floorRatio.toFixed(2)} (${ms(coldStart.api.initMedianMs)} ÷ ${ms(coldStart.floor.initMedianMs)})`,
      '≤ 1.3',
      verdict(coldStart.floorRatio <= 1.3),
    ],
    [
      'write units of a confirmed sign-up, table + GSI, by AWS’s rules',
      `${signUpTable} + ${signUpIndex}`,
      '≤ 10 in all',
      verdict(signUpTable + signUpIndex <= 10),
    ],
    [
      'write units of its mail (queue, claim, mark sent)',
      `${mail.table} + ${mail.index}`,
      '≤ 6 in all',
      verdict(mail.table + mail.index <= 6),
    ],
    [
      'burst sign-ups/s ÷ bare hot-item transactions/s',
      `${burstRatio.toFixed(2)} (${burstRate.toFixed(0)}/s ÷ ${hotItem.perSecond.toFixed(0)}/s)`,
      '≥ 0.7',
      verdict(burstRatio >= 0.7),
    ],
    [
      `${burst.participants} at once for ${burst.seats} seats`,
      `${o.confirmed} / ${o.waiting}, ${o.errors} errors`,
      `${burst.seats} / ${burst.participants - burst.seats}, 0 errors`,
      verdict(unchanged),
    ],
    [
      `organiser overview with ${organiserPages.registrations.large} registrations ÷ with ${organiserPages.registrations.small}, size and time`,
      `${overviewGrowth?.size.toFixed(2)} and ${overviewGrowth?.time.toFixed(2)}`,
      '≤ 1.5',
      verdict((overviewGrowth?.size ?? Infinity) <= 1.5 && (overviewGrowth?.time ?? Infinity) <= 1.5),
    ],
    ...pageRows,
  ];
}
