import { FIXTURE_TODAY } from '#test/support/conference-fixture.ts';
import { startBenchPlatform } from './bench-platform.ts';
import { measureOrganiserPagesAtScale } from './organiser-pages-at-scale.ts';

/**
 * `npm run bench:organiser-pages`: only the bench's organiser-pages section (10,000 registrations against 100),
 * each page's size and median time and their ratios, for work on those pages without the whole bench.
 */
const platform = await startBenchPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
try {
  const { registrations, pages } = await measureOrganiserPagesAtScale(platform, {
    small: 100,
    large: 10_000,
    runs: 5,
  });
  console.log(
    `| page | ${registrations.small}: bytes, ms | ${registrations.large}: bytes, ms | size × | time × |`,
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const { page, small, large } of pages) {
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(
      `| ${page} | ${small.bytes}, ${small.medianMs.toFixed(1)} | ${large.bytes}, ${large.medianMs.toFixed(1)} | ${ratio(large.bytes, small.bytes)} | ${ratio(large.medianMs, small.medianMs)} |`,
    );
  }
} finally {
  await platform.stop();
}
