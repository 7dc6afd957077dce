/**
 * Extra inputs for `cem analyze` (its globs in package.json are added to these):
 * the chart base class, so that the charts' inherited attributes, properties
 * and events are documented. The plugin keeps the manifest (and so
 * Storybook's docs tables) to the public API: private and protected members,
 * and the base class's generic `emit(type)` event, are left out; modules are
 * sorted by path. A second plugin points every module at the file the package
 * ships instead of its TypeScript source.
 */
const publicApiOnly = () => ({
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    // In path order, so that the file does not change from one build to the next.
    customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('_'),
          );
        }
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
      }
    }
  },
});

/**
 * The package ships dist/, not src/: vite.lib.config.ts writes each module of
 * src/ to dist/ under the same name (`preserveModules`, `preserveModulesRoot:
 * 'src'`) as .js, so src/internal/sc-element.ts is dist/internal/sc-element.js.
 * Each module's `path`, and every reference's `module` within the package
 * (exports, superclass, mixins, inheritedFrom, type references), is rewritten
 * to that file, relative to the package root as `path` is. The analyzer writes
 * those references as the source path (`src/internal/sc-element.ts`),
 * as the import specifier (`./growth-bars.view.js`, relative to its module) or
 * as a path from the package root (`/src/internal/sc-chart.js`); all become
 * one form.
 * tests/package.node.test.ts checks after a build that each is a shipped file.
 */
const toDist = (file) => {
  const match = /^src\/(.+)\.(?:ts|js)$/.exec(file);
  if (!match) throw new Error(`dist-paths: no file in dist/ for ${file}`);
  return `dist/${match[1]}.js`;
};
const distPaths = () => ({
  name: 'dist-paths',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      const source = module.path;
      // './' and '../' are relative to the module's own file; anything else to the package root.
      const fromSource = (reference) =>
        /^\.\.?\//.test(reference) ? new URL(reference, `file:///${source}`).pathname.slice(1) : reference.replace(/^\//, '');
      const rewrite = (value) => {
        if (Array.isArray(value)) return value.forEach(rewrite);
        if (value === null || typeof value !== 'object') return;
        if (typeof value.module === 'string' && value.package === undefined) value.module = toDist(fromSource(value.module));
        Object.values(value).forEach(rewrite);
      };
      rewrite(module.declarations);
      rewrite(module.exports);
      module.path = toDist(source);
    }
  },
});

export default {
  globs: ['src/internal/sc-chart.ts'],
  plugins: [distPaths(), publicApiOnly()],
};
