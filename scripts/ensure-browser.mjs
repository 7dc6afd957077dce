/**
 * Makes sure a Chromium is there for the tests: uses one it finds, else
 * installs Debian's package (the only browser this network can fetch).
 */
import { execSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

let path = findChromium();
if (!path) {
  const root = process.getuid?.() === 0;
  const sudo = root ? '' : 'sudo ';
  console.log('No Chromium found: installing Debian\'s chromium package…');
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
      stdio: 'inherit',
    });
  } catch {
    console.error('Could not install Chromium. Install it yourself, or set CHROME_PATH to a Chromium or Chrome binary.');
    process.exit(1);
  }
  path = findChromium();
}
if (!path) {
  console.error('Chromium is still missing; set CHROME_PATH.');
  process.exit(1);
}
console.log(`Testing in ${path}`);
