/** Sans-serif CJK faces common on each platform, best first. */
export const CJK_FALLBACK = [
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
];

const GENERIC = /^(serif|sans-serif|monospace|cursive|fantasy|math|emoji|fangsong|system-ui|ui-serif|ui-sans-serif|ui-monospace|ui-rounded)$/i;

/**
 * The host page's font list with CJK faces inserted before its generic
 * families: Latin text keeps the page's font, and Chinese characters the page's
 * font lacks come from a CJK sans face rather than whatever the generic
 * family falls back to (often a Song serif).
 * "Georgia, serif" → "Georgia, "PingFang SC", …, serif".
 */
export const withCjkFallback = (fontFamily: string): string => {
  const families = fontFamily
    .split(',')
    .map((family) => family.trim())
    .filter(Boolean);
  const generics: string[] = [];
  while (families.length > 0 && GENERIC.test(families[families.length - 1]!)) generics.unshift(families.pop()!);
  const named = families.filter((family) => !CJK_FALLBACK.includes(family));
  return [...named, ...CJK_FALLBACK, ...(generics.length ? generics : ['sans-serif'])].join(', ');
};
