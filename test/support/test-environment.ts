/**
 * `npm test`'s first step (the `pretest` script): the suite needs a Java 17 or later JDK (DynamoDB Local, started
 * through a launcher run from source, which needs the JDK's compiler) and Debian's
 * Chromium at /usr/bin/chromium (the end-to-end tests; a browser is never downloaded). Whatever is missing is
 * installed from Debian when this runs as root, as on CI and a fresh machine of ours; anyone else is told the one
 * command that installs it, at once, instead of a failure minutes into the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_PATH = '/usr/bin/chromium';

interface Requirement {
  name: string;
  debianPackage: string;
  present: () => boolean;
}

const REQUIREMENTS: Requirement[] = [
  {
    name: 'a Java 17 or later JDK (DynamoDB Local)',
    debianPackage: 'openjdk-17-jdk-headless',
    present: hasJava17Compiler,
  },
  {
    name: `Chromium at ${CHROMIUM_PATH} (end-to-end tests)`,
    debianPackage: 'chromium',
    present: () => existsSync(CHROMIUM_PATH),
  },
];

/** Java 17 or later that can run a source file: the JDK's compiler module is there, not only the runtime. */
function hasJava17Compiler(): boolean {
  const version = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const major = /version "(\d+)/.exec(`${version.stderr}${version.stdout}`)?.[1];
  const modules = spawnSync('java', ['--list-modules'], { encoding: 'utf8' });
  return version.status === 0 && Number(major) >= 17 && /^jdk\.compiler@/m.test(modules.stdout ?? '');
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

const missing = REQUIREMENTS.filter((requirement) => !requirement.present());
if (missing.length > 0) {
  const packages = missing.map((requirement) => requirement.debianPackage);
  const install = `apt-get install -y --reinstall --no-install-recommends ${packages.join(' ')}`;
  console.log(`Missing for the tests: ${missing.map((requirement) => requirement.name).join('; ')}`);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Install it, then run npm test again:\n  sudo apt-get update && sudo ${install}`);
    process.exit(1);
  }
  console.log(`Installing from Debian: ${packages.join(' ')}`);
  if (
    !run('apt-get', ['update', '-qq']) ||
    !run('apt-get', ['install', '-y', '-qq', '--reinstall', '--no-install-recommends', ...packages])
  ) {
    console.error(`The install failed; run it by hand:\n  apt-get update && ${install}`);
    process.exit(1);
  }
  const still = REQUIREMENTS.filter((requirement) => !requirement.present());
  if (still.length > 0) {
    console.error(
      `Still missing after the install: ${still.map((requirement) => requirement.name).join('; ')}`,
    );
    process.exit(1);
  }
}
