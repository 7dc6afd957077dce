/**
 * Builds the component docs (storybook-static/) when there are none, so that
 * the demo's "Docs" link works from the first `npm start`. Later starts keep
 * the built copy: `npm run build-storybook` refreshes it, and
 * `npm run storybook` serves live docs while the stories change.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('storybook-static/index.html')) {
  console.log('Building the component docs for the demo (once): npm run build-storybook');
  execSync('npm run build-storybook', { stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
}
