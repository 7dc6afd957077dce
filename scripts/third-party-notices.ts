/**
 * A build plugin for the single-file embed: the packages it inlines (Lit, d3 parts) are
 * named in a comment at its top, with their licences and copyright lines, and their licence
 * texts are written beside it (scorecard-kit.js.LICENSE.txt). Lit's BSD-3-Clause and d3's
 * ISC licences ask that their notices travel with every copy, and a site copies this one file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

interface Inlined {
  name: string;
  version: string;
  license: string;
  copyright: string;
  text: string;
}

/** The package a module comes from (the nearest node_modules/<name> or node_modules/@scope/<name>), if any. */
const packageRoot = (id: string): string | undefined => {
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
  return match?.[1];
};

const readInlined = (root: string): Inlined => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(root).find((name) => /^licen[cs]e/i.test(name));
  const text = file ? readFileSync(join(root, file), 'utf8').trim() : '';
  const copyright = /^Copyright .*$/m.exec(text)?.[0] ?? '';
  return { name: manifest.name, version: manifest.version, license: manifest.license ?? 'see its package', copyright, text };
};

/** The comment that opens the bundle: what it is, and what it holds of others'. */
export const noticeBanner = (own: Inlined, inlined: Inlined[], licenseFile: string): string => {
  // Packages under one licence and one copyright line are named together (Lit's five).
  const groups = new Map<string, string[]>();
  for (const pkg of inlined) {
    const notice = [pkg.license, pkg.copyright].filter(Boolean).join(', ');
    groups.set(notice, [...(groups.get(notice) ?? []), pkg.name]);
  }
  const parts = [...groups].map(([notice, names]) => `${names.join(', ')} (${notice})`);
  const ownNotice = [own.license, own.copyright].filter(Boolean).join(', ');
  return `/*! ${own.name} ${own.version} (${ownNotice}) | includes ${parts.join('; ')} | licence texts: ${licenseFile} */\n`;
};

export const thirdPartyNotices = (): Plugin => ({
  name: 'third-party-notices',
  apply: 'build',
  generateBundle(_options, bundle) {
    const own = readInlined('.');
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const roots = [...new Set(chunk.moduleIds.map(packageRoot).filter((root): root is string => !!root && existsSync(join(root, 'package.json'))))];
      const inlined = roots.map(readInlined).sort((a, b) => a.name.localeCompare(b.name));
      if (inlined.length === 0) continue;
      const licenseFile = `${chunk.fileName.split('/').pop()}.LICENSE.txt`;
      chunk.code = noticeBanner(own, inlined, licenseFile) + chunk.code;
      this.emitFile({
        type: 'asset',
        fileName: join(dirname(chunk.fileName), licenseFile),
        // scorecard-kit's own licence first: MIT, too, asks that its notice go with every copy.
        source: [
          `The licences of ${own.name} ${own.version} and of the packages this file includes.`,
          ...[own, ...inlined].map((pkg) => `\n${'='.repeat(72)}\n${pkg.name} ${pkg.version} (${pkg.license})\n${'='.repeat(72)}\n\n${pkg.text}\n`),
        ].join('\n'),
      });
    }
  },
});
