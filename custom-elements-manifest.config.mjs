/**
 * Extra inputs for `cem analyze` (its globs in package.json are added to these):
 * the chart base class, so that the charts' inherited attributes, properties
 * and events are documented. The plugin keeps the manifest (and so
 * Storybook's docs tables) to the public API: private and protected members,
 * and the base class's generic `emit(type)` event, are left out; modules are
 * sorted by path.
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

export default {
  globs: ['src/internal/sc-chart.ts'],
  plugins: [publicApiOnly()],
};
