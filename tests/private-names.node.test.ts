/**
 * The embed bundle shortens the names of private and protected members (scripts/private-names.ts):
 * only those that nothing outside our classes could read by name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateMemberNames } from '../scripts/private-names.js';

test('the library: its own members, never a reactive property, a lifecycle method or a host name', () => {
  const names = privateMemberNames();
  for (const name of ['takeVoice', 'sizeProbe', 'toView', 'renderView']) assert.ok(names.includes(name), name);
  // Reactive properties (Lit reads them by name), Lit's lifecycle, the browser's names.
  for (const name of ['inlineJson', 'tableOpen', 'render', 'updated', 'willUpdate', 'firstUpdated', 'style', 'measureText', 'documents']) {
    assert.ok(!names.includes(name), name);
  }
});

test('a name also used by an object, a type, a destructuring, a string or a property binding is kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'private-names-'));
  try {
    writeFileSync(
      join(dir, 'a.ts'),
      [
        'class A {',
        '  private shortened = 1; private inObject = 1; private inType = 1; private destructured = 1;',
        "  private quoted = 1; private bound = 1; protected override render() {} private static stat = 1;",
        '  private host = 1;',
        '}',
        'const o = { inObject: 1 }; interface T { inType: number } const { destructured } = x;',
        "if ('quoted' in y) z(); html`<x-y .bound=${1}></x-y>`; css`.shortenedOnlyInCss{}`;",
      ].join('\n'),
    );
    assert.deepEqual(privateMemberNames(dir), ['shortened']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
