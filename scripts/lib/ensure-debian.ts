import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/**
 * Makes sure the files a test needs from Debian are there: installs the packages with apt when we
 * can (root with apt-get), otherwise stops with one Dutch line that says what to install.
 * Never downloads anything but Debian packages.
 */
export function ensureDebianPackages(opts: { what: string; files: string[]; packages: string[]; envHint?: string }): void {
  const missing = () => opts.files.filter((f) => !existsSync(f));
  if (missing().length === 0) return;
  const list = opts.packages.join(' ');
  const hint = opts.envHint ? ` of zet ${opts.envHint}` : '';
  // Root installs directly; a CI runner's user usually has sudo without a password.
  const sudo = process.getuid?.() === 0 ? '' : canSudo() ? 'sudo -n ' : null;
  if (sudo === null || !existsSync('/usr/bin/apt-get')) {
    console.error(`${opts.what} ontbreekt: installeer de Debian-pakketten "${list}" (sudo apt-get install ${list})${hint}.`);
    process.exit(1);
  }
  console.log(`${opts.what} ontbreekt; installeren met apt-get …`);
  // Debian's policy-rc.d in containers keeps a freshly installed service from starting; the
  // tests start their own nginx on a loopback port, so no service is needed anyway.
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${list} >/dev/null`, {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (missing().length) {
    console.error(`Installatie mislukt (${missing().join(', ')} ontbreekt): installeer de Debian-pakketten "${list}".`);
    process.exit(1);
  }
}

function canSudo(): boolean {
  try {
    execSync('sudo -n true', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
