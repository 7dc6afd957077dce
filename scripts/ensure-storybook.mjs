/**
 * Builds the component docs (storybook-static/) for the demo's "Docs" link
 * when there are none, or when the components, stories, their documents or
 * Storybook's set-up changed since they were built. `npm run storybook` serves live docs while
 * the stories change.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT = 'storybook-static/index.html';
// The stories read the demo documents too.
const SOURCES = ['src', 'stories', '.storybook', 'demo/data'];

/** The newest modification time of any file below `folder`, tests aside (no story reads them). */
const newest = (folder) =>
  readdirSync(folder, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(folder, entry.name);
    if (entry.name.endsWith('.test.ts')) return latest;
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
const changed = Math.max(...SOURCES.filter((folder) => existsSync(folder)).map(newest));
if (changed > built) {
  console.log(built ? 'The components changed: building the docs again.' : 'Building the component docs for the demo.');
  execSync('npm run build-storybook', { stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
}
