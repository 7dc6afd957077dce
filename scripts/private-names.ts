/**
 * The names of the library's private and protected class members that the embed bundle may
 * shorten (`mangleProps`), found in the source at build time. The embed exports nothing: its
 * elements are reached only through their public members, attributes and events, which keep
 * their names. A name is shortened only where nothing else could mean it:
 * - every declaration of it in the source is a private or protected member of one of our classes
 *   (or its override in a subclass), and no object literal, interface, type or destructuring names
 *   it (a reactive property is a key of `static properties`, so it is excluded; so is a field of a
 *   document, which JSON spells in full);
 * - no string in the source holds it as a word (`'name' in x`, `x['name']`, `changed.has('name')`),
 *   nor a template's property binding (`.name=${…}`);
 * - neither the browser (lib.dom), the language (lib.es*), Lit nor d3 declares it (`host`, `style`,
 *   `measureText`, Lit's `render` and `updated`: a shadow root, a canvas or Lit reads them by name).
 * TypeScript strict checks every access, so each `.name` in the source is one of these members.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The files under `dir` (not in a nested node_modules) whose names `wanted` accepts. */
const filesUnder = (dir: string, wanted: (name: string) => boolean): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path, wanted);
    return wanted(entry.name) ? [path] : [];
  });

const sourceFiles = (dir: string): string[] => filesUnder(dir, (name) => /\.ts$/.test(name) && !/\.(test|stories)\.ts$/.test(name));

/** Every name declared in the typings of the browser, the language and Lit (a member, a parameter, a global). */
const declaredElsewhere = (): Set<string> => {
  const packages = [join('node_modules', 'typescript', 'lib'), ...['lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', '@types/d3-array'].map((pkg) => join('node_modules', pkg))];
  const files = packages.flatMap((dir) => filesUnder(dir, (name) => /\.d\.ts$/.test(name)));
  const words = new Set<string>();
  for (const path of files) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      const name = (node as { name?: ts.Node }).name;
      if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) words.add(name.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return words;
};

export const privateMemberNames = (srcDir = 'src'): string[] => {
  const candidates = new Set<string>();
  const excluded = new Set<string>();
  const words = new Set<string>();
  for (const path of sourceFiles(srcDir)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      // The text of html, svg and css templates is markup and styles, and a module's path is a path: neither names a property…
      if (ts.isTaggedTemplateExpression(node)) {
        // …save a property binding, `.name=${…}`, which sets the property of that name.
        for (const [, name] of node.template.getText(file).matchAll(/\.([A-Za-z_$][\w$]*)\s*=/g)) words.add(name!);
        if (!ts.isNoSubstitutionTemplateLiteral(node.template)) node.template.templateSpans.forEach((span) => visit(span.expression));
        return;
      }
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isRegularExpressionLiteral(node)) {
        for (const word of node.getText(file).match(/[A-Za-z_$][\w$]*/g) ?? []) words.add(word);
      }
      const name = (node as { name?: ts.Node }).name;
      const named = name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) ? name.text : undefined;
      if (named !== undefined) {
        const isMember =
          ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
        const flags = isMember ? ts.getCombinedModifierFlags(node as ts.Declaration) : 0;
        if (isMember && flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) && !(flags & ts.ModifierFlags.Static) && name !== undefined && ts.isIdentifier(name)) {
          candidates.add(named);
        } else if (
          isMember ||
          ts.isPropertyAssignment(node) ||
          ts.isShorthandPropertyAssignment(node) ||
          ts.isPropertySignature(node) ||
          ts.isMethodSignature(node) ||
          ts.isBindingElement(node) ||
          ts.isEnumMember(node)
        ) {
          excluded.add(named);
        }
      }
      // `{ name }` in a binding pattern: its property is the name itself.
      if (ts.isBindingElement(node) && !node.propertyName && ts.isIdentifier(node.name)) excluded.add(node.name.text);
      if (ts.isBindingElement(node) && node.propertyName && ts.isIdentifier(node.propertyName)) excluded.add(node.propertyName.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  const elsewhere = declaredElsewhere();
  return [...candidates].filter((name) => !excluded.has(name) && !words.has(name) && !elsewhere.has(name)).sort();
};
