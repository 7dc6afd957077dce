/**
 * The Custom Elements Manifest (and so Storybook's docs table) against what
 * each element really does: every `--sc-*` custom property its styles read,
 * and every part it renders, is documented, and nothing documented is unused.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { KAZUO, SHUANGTA, failed, inBox } from './helpers.js';

interface Declaration {
  tagName?: string;
  cssProperties?: { name: string; default?: string }[];
  cssParts?: { name: string }[];
}

const TAGS = ['sc-indicator-card', 'sc-growth-bars', 'sc-project-funnel', 'sc-tourism-surge', 'sc-scorecard'] as const;
const declarations = async (): Promise<Declaration[]> => {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((module) => module.declarations ?? []);
};
const documented = (all: Declaration[], tag: string, kind: 'cssProperties' | 'cssParts') =>
  new Set((all.find((declaration) => declaration.tagName === tag)?.[kind] ?? []).map((entry) => entry.name));
/**
 * The custom properties an element's own styles read: directly, or through a
 * private shorthand (`--_accent: var(--sc-color-accent, …)`) that some rule
 * reads; a shorthand no rule reads makes no hook.
 */
/** An element's styles as written (Lit's CSSResult): the CSSOM serializes a shorthand holding var() as empty longhands. */
const stylesOf = (tag: string) =>
  (customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] }).elementStyles.map((style) => style.cssText).join('\n');
const readBy = (tag: string) => {
  const text = stylesOf(tag);
  const shorthands = [...text.matchAll(/(--_[a-z-]+):\s*var\((--sc-[a-z-]+)/g)].map(([definition, shorthand, hook]) => ({ definition, shorthand: shorthand!, hook: hook! }));
  const direct = text.replace(/--_[a-z-]+:\s*var\(--sc-[a-z-]+/g, '').match(/--sc-[a-z-]+/g) ?? [];
  const throughShorthand = shorthands.filter(({ shorthand }) => text.includes(`var(${shorthand})`)).map(({ hook }) => hook);
  return new Set([...direct, ...throughShorthand]);
};
const sorted = (set: Set<string>) => [...set].sort();

/** What lies between the parenthesis before `start` and the one that closes it. */
const enclosed = (text: string, start: number): string => {
  let depth = 1;
  for (let index = start; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return text.slice(start, index);
  }
  return text.slice(start);
};
/**
 * Every fallback an element's styles give a hook (`var(--sc-radius, 8px)`), as the docs would
 * write it: a private shorthand of another hook (`var(--_accent)`) as that hook
 * (`var(--sc-color-accent)`), any other private one (`var(--_min-height, …)`) as the value the
 * element's styles last give it (the cascade's winner: they are all rules on the host).
 */
const fallbacksOf = (tag: string, hook: string): Set<string> => {
  // "14px * var(--_m)" is 14 px at the reader's default text size, as the docs give it (see ScElement's readerTextSize).
  const text = stylesOf(tag).replace(/\s+/g, ' ').replaceAll(' * var(--_m)', '');
  const shorthands = new Map([...text.matchAll(/(--_[a-z-]+):\s*var\((--sc-[a-z-]+)/g)].map(([, shorthand, of]) => [shorthand!, of!]));
  const lastValue = (name: string) => [...text.matchAll(new RegExp(`${name}:\\s*([^;]+);`, 'g'))].at(-1)?.[1]!.trim();
  const publicTerms = (value: string): string => {
    const at = value.indexOf('var(--_');
    if (at < 0) return value;
    const inner = enclosed(value, at + 4);
    const name = /^--_[a-z-]+/.exec(inner)![0];
    const shorthandOf = shorthands.get(name);
    const last = lastValue(name);
    // One set in code (the font stack) stays as written.
    const resolved = shorthandOf ? `var(${shorthandOf})` : last ? publicTerms(last) : `var(${inner})`;
    return value.slice(0, at) + resolved + publicTerms(value.slice(at + 4 + inner.length + 1));
  };
  const found = new Set<string>();
  for (let at = text.indexOf(`var(${hook},`); at >= 0; at = text.indexOf(`var(${hook},`, at + 1)) {
    found.add(publicTerms(enclosed(text, at + 4).slice(hook.length + 1).trim()));
  }
  return found;
};

describe('the documented styling hooks', () => {
  it('name every custom property an element reads, and none it does not', async () => {
    const all = await declarations();
    const problems: string[] = [];
    for (const tag of TAGS) {
      const used = readBy(tag);
      // A scorecard passes inherited properties on to the elements it contains.
      const reach = tag === 'sc-scorecard' ? new Set([...used, ...TAGS.flatMap((inner) => [...readBy(inner)])]) : used;
      const docs = documented(all, tag, 'cssProperties');
      problems.push(...sorted(used).filter((name) => !docs.has(name)).map((name) => `${tag}: ${name} undocumented`));
      problems.push(...sorted(docs).filter((name) => !reach.has(name)).map((name) => `${tag}: ${name} documented, never read`));
    }
    expect(problems).to.deep.equal([]);
  });

  it('give each custom property the default its styles fall back to', async () => {
    const all = await declarations();
    const problems: string[] = [];
    for (const tag of TAGS) {
      const properties = all.find((declaration) => declaration.tagName === tag)?.cssProperties ?? [];
      for (const { name, default: documented } of properties) {
        // A scorecard's hooks for the elements inside fall back in their styles.
        const fallbacks = new Set([tag, ...(tag === 'sc-scorecard' ? TAGS : [])].flatMap((inner) => [...fallbacksOf(inner, name)]));
        if (documented === undefined) problems.push(`${tag}: ${name} has no default`);
        // A default that follows the palette is said in words (the tone tests check the colours).
        else if (/ in cn, .* in intl$/.test(documented)) continue;
        else if (!fallbacks.has(documented)) problems.push(`${tag}: ${name} documented as ${documented}, styles fall back to ${sorted(fallbacks).join(' or ') || 'nothing'}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('name every part an element renders, loaded or failed', async () => {
    const all = await declarations();
    const attributes: Record<(typeof TAGS)[number], string> = {
      'sc-indicator-card': 'indicator="fixed-asset-investment"',
      'sc-growth-bars': '',
      'sc-project-funnel': '',
      'sc-tourism-surge': '',
      'sc-scorecard': '',
    };
    for (const tag of TAGS) {
      const src = tag === 'sc-project-funnel' ? KAZUO.replace('kazuo-2024-q1', 'lingyuan-h1') : tag === 'sc-tourism-surge' ? SHUANGTA : KAZUO;
      const box = document.createElement('div');
      box.style.width = '800px';
      box.innerHTML = `<${tag} lang="en" src="${src}" ${attributes[tag]}></${tag}>`;
      const loaded = await inBox<HTMLElement & { updateComplete: Promise<boolean>; state: string }>(800, html`${box}`);
      const broken = await fixture<HTMLElement & { updateComplete: Promise<boolean>; state: string }>(`<${tag} src="/does-not-exist.json"></${tag}>`);
      await failed(broken);
      const rendered = new Set(
        [loaded, broken].flatMap((element) => [...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/))),
      );
      const docs = documented(all, tag, 'cssParts');
      expect(sorted(rendered).filter((name) => !docs.has(name)), `${tag}: undocumented parts`).to.deep.equal([]);
    }
  });
});
