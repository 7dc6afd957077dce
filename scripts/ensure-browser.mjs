/**
 * Makes sure the tests have what they lay out with: a Chromium (one it finds,
 * else Debian's package, the only browser this network can fetch) and a font
 * with Chinese characters (else Debian's fonts-noto-cjk). Without such a font
 * every Chinese character is drawn as a box of another width, and the tests of
 * how Chinese text wraps and fits would fail on a machine a reader never has.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
let updated = false;
/** Installs a Debian package; false when it could not. */
const aptInstall = (name) => {
  try {
    if (!updated) execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit' });
    updated = true;
    execSync(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${name}`, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
};

let path = findChromium();
if (!path) {
  console.log('No Chromium found: installing Debian\'s chromium package…');
  if (!aptInstall('chromium')) {
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

/**
 * Whether fontconfig knows a font with Chinese characters. macOS and Windows have their own;
 * on Linux, no fontconfig at all (a slim image with a Chromium of its own) counts as none.
 */
const hasChineseFont = () => {
  if (process.platform !== 'linux') return true;
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
};
if (!hasChineseFont()) {
  console.log('No font with Chinese characters found: installing Debian\'s fonts-noto-cjk…');
  if (!aptInstall('fonts-noto-cjk') || !hasChineseFont()) {
    console.error('Could not install a Chinese font: the tests of Chinese text would fail. Install fonts-noto-cjk (or another CJK font) yourself.');
    process.exit(1);
  }
}
