import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { startBenchPlatform } from './bench-platform.ts';
import { type BenchResults, type BurstResults, renderBenchReport } from './bench-report.ts';
import { burstOutcome } from './burst-outcome.ts';
import { measureHotItemRate } from './hot-item-rate.ts';
import { measureColdStart } from './lambda-cold-start.ts';
import { measureLighthouseScores } from './lighthouse-scores.ts';
import { measureOrganiserPagesAtScale } from './organiser-pages-at-scale.ts';
import { measurePageWeights } from './page-weight.ts';
import { percentile } from './percentile.ts';
import { simulateShardedSeats } from './sharded-seats.ts';
import { burstParticipant, signUpBurst } from './sign-up-burst.ts';
import { measureSignUpCapacity } from './sign-up-capacity.ts';
import { measureSignUpOverhead } from './sign-up-overhead.ts';
import { simulateTransactionConflicts } from './transaction-conflicts.ts';
import { measureWaitingSignUps } from './waiting-sign-up-latency.ts';

/**
 * `npm run bench`: every figure of issue 9's bench in one run on this machine, side by side; the table is printed
 * and kept in bench-report/ as Markdown and JSON. Never part of `npm test`.
 */
const SEATS = 150;
const PARTICIPANTS = 2_000;
const CONNECTIONS = 100;
const OVERHEAD_WARM_UP = 30;
const OVERHEAD_SAMPLES = 300;
const COLD_START_RUNS = 21;
const ROOMY = 100_000;
const WAITING_SAMPLES = 100;
const CONFLICT_SEATS = 100;
const CONFLICT_PARTICIPANTS = 1_000;
const ORGANISER_PAGES = { small: 100, large: 10_000, runs: 5 };

const log = (step: string) => console.error(`[bench] ${step}`);
const platform = await startBenchPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
let results: BenchResults;
try {
  // First: it runs no DynamoDB, and a bundle that cannot start stops the bench before the long parts.
  log(`cold start: bundling, then ${COLD_START_RUNS} fresh processes per bundle`);
  const coldStart = await measureColdStart(COLD_START_RUNS);

  log('pages');
  await loadDemoData(platform.table, FIXTURE_TODAY);
  const measuredPages = [
    { page: 'start page', path: '/' },
    { page: 'event page (Trygghetsdag, full programme)', path: '/events/trygghetsdag-2027' },
    { page: 'sign-up form', path: '/events/trygghetsdag-2027/sign-up' },
  ];
  const pages = await measurePageWeights(platform.baseUrl, measuredPages);
  log('pages: Lighthouse in headless Chromium');
  const lighthouse = await measureLighthouseScores(platform.baseUrl, measuredPages);

  log('capacity units per sign-up');
  await putTrygghetsdag(platform.table, 'bench-capacity', { capacity: 1 });
  const meter = (n: number) =>
    measureSignUpCapacity({
      table: platform.table,
      baseUrl: platform.baseUrl,
      eventId: 'bench-capacity',
      participant: burstParticipant('bench-capacity', n),
    });
  const capacity = { confirmed: await meter(0), waiting: await meter(1) };

  log(`overhead: ${OVERHEAD_SAMPLES} sequential sign-ups through the app and as bare transactions`);
  const twin = await platform.createTable('bench-twin');
  for (const table of [platform.table, twin])
    await putTrygghetsdag(table, 'bench-overhead', { capacity: ROOMY });
  const overhead = await measureSignUpOverhead({
    table: platform.table,
    twin,
    baseUrl: platform.baseUrl,
    eventId: 'bench-overhead',
    warmUp: OVERHEAD_WARM_UP,
    samples: OVERHEAD_SAMPLES,
  });

  log(`waiting list: ${WAITING_SAMPLES} sequential sign-ups to a full event`);
  await putTrygghetsdag(platform.table, 'bench-waiting', { capacity: 0 });
  const waiting = await measureWaitingSignUps({
    table: platform.table,
    baseUrl: platform.baseUrl,
    eventId: 'bench-waiting',
    warmUp: OVERHEAD_WARM_UP,
    samples: WAITING_SAMPLES,
  });

  log(`hot item: ${PARTICIPANTS} bare sign-up transactions, ${CONNECTIONS} at once, on one seat counter`);
  const hotItem = await measureHotItemRate(twin, overhead.lastTransaction, {
    transactions: PARTICIPANTS,
    inFlight: CONNECTIONS,
  });

  log(`burst: ${PARTICIPANTS} sign-ups at once for ${SEATS} seats`);
  // The mail of the sign-ups above goes out first, so what is delivered after the burst is the burst's own.
  await platform.deliverOutbox();
  await putTrygghetsdag(platform.table, 'bench-burst', { capacity: SEATS });
  const burst = await signUpBurst({
    baseUrl: platform.baseUrl,
    eventId: 'bench-burst',
    participants: PARTICIPANTS,
    connections: CONNECTIONS,
  });
  log('burst: delivering the outbox');
  await platform.deliverOutbox();
  const outcome = await burstOutcome({
    table: platform.table,
    mailbox: platform.mailbox,
    eventId: 'bench-burst',
    responses: burst.responses,
  });
  const latencies = burst.responses.map((response) => response.latencyMs);
  const { waitingPositions, mailMismatches, ...counts } = outcome;
  const burstResults: BurstResults = {
    seats: SEATS,
    participants: PARTICIPANTS,
    connections: CONNECTIONS,
    wallMs: burst.wallMs,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
    },
    outcome: {
      ...counts,
      waitingPositionsGapless: waitingPositions.every((position, index) => position === index + 1),
      mailMismatches: mailMismatches.length,
    },
  };

  log(
    `conflicts as DynamoDB has them: ${CONFLICT_PARTICIPANTS} sign-ups at once for ${CONFLICT_SEATS} seats`,
  );
  await platform.deliverOutbox();
  await putTrygghetsdag(platform.table, 'bench-conflicts', { capacity: CONFLICT_SEATS });
  const simulation = simulateTransactionConflicts(platform.table);
  let conflictBurst: Awaited<ReturnType<typeof signUpBurst>>;
  try {
    conflictBurst = await signUpBurst({
      baseUrl: platform.baseUrl,
      eventId: 'bench-conflicts',
      participants: CONFLICT_PARTICIPANTS,
      connections: CONNECTIONS,
    });
  } finally {
    simulation.stop();
  }
  await platform.deliverOutbox();
  const conflictOutcome = await burstOutcome({
    table: platform.table,
    mailbox: platform.mailbox,
    eventId: 'bench-conflicts',
    responses: conflictBurst.responses,
  });
  const conflicts = {
    seats: CONFLICT_SEATS,
    participants: CONFLICT_PARTICIPANTS,
    wallMs: conflictBurst.wallMs,
    conflicts: simulation.conflicts,
    confirmed: conflictOutcome.confirmed,
    waiting: conflictOutcome.waiting,
    errors: conflictOutcome.errors,
    statuses: Object.fromEntries(
      [...new Set(conflictBurst.responses.map((response) => response.status))].map((status) => [
        status,
        conflictBurst.responses.filter((response) => response.status === status).length,
      ]),
    ),
  };

  log(`organiser pages: ${ORGANISER_PAGES.large} registrations against ${ORGANISER_PAGES.small}`);
  const organiserPages = await measureOrganiserPagesAtScale(platform, ORGANISER_PAGES);

  log('sharded seat counters');
  const shardedSeats = [];
  for (const takers of [1_000, 2_000]) {
    for (const shards of [1, 10]) {
      shardedSeats.push(
        await simulateShardedSeats(platform.table, {
          run: `shards-${shards}-takers-${takers}`,
          capacity: 1_000,
          shards,
          takers,
        }),
      );
    }
  }

  results = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${process.platform}/${process.arch}`,
    },
    burst: burstResults,
    overhead,
    waiting,
    hotItem,
    conflicts,
    organiserPages,
    coldStart,
    pages,
    lighthouse,
    capacity,
    shardedSeats,
  };
} finally {
  await platform.stop();
}

const report = renderBenchReport(results);
mkdirSync('bench-report', { recursive: true });
writeFileSync('bench-report/report.md', report);
writeFileSync('bench-report/report.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(report);
