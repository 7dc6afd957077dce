/**
 * A build plugin that minifies the CSS inside Lit `css` tagged templates:
 * comments and insignificant whitespace go. Lit keeps template literals as
 * written, and JS minifiers leave their text alone.
 */
import type { Plugin } from 'vite';

/** Collapses CSS text; `${…}` placeholders and quoted strings are kept as they are. */
export const minifyCss = (css: string): string =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // "14px * var(--_m)" (see ScElement's readerTextSize): spaces around * are optional in CSS maths.
    .replace(/(\d[a-z%]*) \* (?=var\()/g, '$1*')
    .trim();

const CSS_TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;

export const minifyCssLiterals = (): Plugin => ({
  name: 'minify-css-literals',
  enforce: 'pre',
  transform(code, id) {
    if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
    return { code: code.replace(CSS_TEMPLATE, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
  },
});
