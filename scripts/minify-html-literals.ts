/**
 * A build plugin that collapses the source indentation inside Lit `html` and
 * `svg` tagged templates: each run of whitespace that contains a line break
 * becomes one space (none before a tag's `>`). A browser renders one space as
 * it renders the run it replaces, and the text (textContent, accessible names)
 * reads the same once whitespace is collapsed; no whitespace node is removed,
 * and a space typed on one line is kept. No stylesheet here sets
 * `white-space: pre*`, where line breaks would show. (A no-break space is not
 * whitespace here.)
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Collapses the line-broken whitespace of one template's static parts (given in order). */
export const minifyHtmlParts = (parts: string[]): string[] => {
  // Carried across expressions: inside a tag (between its attributes), and inside which quote.
  let inTag = false;
  let quote = '';
  return parts.map((part) =>
    part.replace(/[ \t\r\n]+|[^ \t\r\n]/g, (match, offset: number) => {
      if (/^[ \t\r\n]/.test(match)) {
        if (!match.includes('\n') || quote) return match;
        return inTag && part.startsWith('>', offset + match.length) ? '' : ' ';
      }
      if (inTag) {
        if (quote) {
          if (match === quote) quote = '';
        } else if (match === '"' || match === "'") quote = match;
        else if (match === '>') inTag = false;
      } else if (match === '<' && /[a-zA-Z/]/.test(part[offset + 1] ?? '')) inTag = true;
      return match;
    }),
  );
};

/** Rewrites every html`…` and svg`…` in a module's source; undefined when nothing changes. */
export const minifyHtmlTemplates = (code: string, fileName = 'module.ts'): string | undefined => {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // The raw text of each part: between ` or } and ` or ${.
      const ranges = literals.map((literal) => {
        const start = literal.getStart(file) + 1;
        const closesWithBacktick = ts.isNoSubstitutionTemplateLiteral(literal) || ts.isTemplateTail(literal);
        return { start, end: literal.end - (closesWithBacktick ? 1 : 2) };
      });
      const minified = minifyHtmlParts(ranges.map(({ start, end }) => code.slice(start, end)));
      ranges.forEach(({ start, end }, index) => {
        if (minified[index] !== code.slice(start, end)) edits.push({ start, end, text: minified[index]! });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return undefined;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
};

export const minifyHtmlLiterals = (): Plugin => ({
  name: 'minify-html-literals',
  enforce: 'pre',
  transform(code, id) {
    if (!/\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
    const minified = minifyHtmlTemplates(code, id);
    return minified === undefined ? null : { code: minified, map: null };
  },
});
