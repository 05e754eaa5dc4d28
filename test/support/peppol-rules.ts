import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import SaxonJS from 'saxon-js';

/**
 * OpenPEPPOL's validation artefacts (copied unchanged into test/fixtures/peppol) run as the official rules: SchXslt2
 * turns each Schematron file into XSLT and SaxonJS compiles that once into a SEF file, cached under
 * node_modules/.cache/peppol by the Schematron file's hash (about 35 s the first time, then nothing); each document
 * then takes about half a second per rule set.
 */
const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PEPPOL_ARTEFACTS = join(REPOSITORY, 'test/fixtures/peppol');
const CACHE = join(REPOSITORY, 'node_modules/.cache/peppol');
const XSLT3 = join(REPOSITORY, 'node_modules/.bin/xslt3');

export const RULE_SETS = ['CEN-EN16931-UBL', 'PEPPOL-EN16931-UBL'] as const;
export type RuleSet = (typeof RULE_SETS)[number];

export interface FailedAssert {
  ruleSet: RuleSet;
  id: string;
  flag: string;
  text: string;
}

function compiled(ruleSet: RuleSet): string {
  const schematron = join(PEPPOL_ARTEFACTS, `${ruleSet}.sch`);
  const hash = createHash('sha256').update(readFileSync(schematron)).digest('hex').slice(0, 16);
  const sef = join(CACHE, `${ruleSet}-${hash}.sef.json`);
  if (existsSync(sef)) return sef;
  mkdirSync(CACHE, { recursive: true });
  // Another test file may be compiling the same rules: each writes its own temporary files and renames the result.
  const work = join(CACHE, `${ruleSet}-${hash}-${process.pid}`);
  execFileSync(XSLT3, [
    `-xsl:${join(PEPPOL_ARTEFACTS, 'schxslt2/transpile.xsl')}`,
    `-s:${schematron}`,
    `-o:${work}.xsl`,
  ]);
  execFileSync(XSLT3, [`-xsl:${work}.xsl`, `-export:${work}.sef.json`, '-nogo']);
  renameSync(`${work}.sef.json`, sef);
  rmSync(`${work}.xsl`, { force: true });
  return sef;
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** The asserts of one rule set that the document fails (fatal and warning alike), from its SVRL report. */
export function failedAsserts(xml: string, ruleSet: RuleSet): FailedAssert[] {
  const report = SaxonJS.transform(
    { stylesheetFileName: compiled(ruleSet), sourceText: xml, destination: 'serialized' },
    'sync',
  ).principalResult;
  return [...report.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)].map(
    (match) => ({
      ruleSet,
      id: attribute(match[1] ?? '', 'id'),
      flag: attribute(match[1] ?? '', 'flag'),
      text: (/<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(match[2] ?? '')?.[1] ?? '').trim(),
    }),
  );
}

/** Every fatal failure under both rule sets: what must be empty for a buyer's access point to take the document. */
export function fatalFailures(xml: string): FailedAssert[] {
  return RULE_SETS.flatMap((ruleSet) => failedAsserts(xml, ruleSet)).filter(
    (failure) => failure.flag === 'fatal',
  );
}

/** Compiles both rule sets now (a test file's `beforeAll`), so no single test carries the first compile's time. */
export function compilePeppolRules(): void {
  for (const ruleSet of RULE_SETS) compiled(ruleSet);
}

export const peppolExample = (name: string) => readFileSync(join(PEPPOL_ARTEFACTS, 'examples', name), 'utf8');
