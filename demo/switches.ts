/**
 * The demo's language, theme and palette switches. Language and theme are set
 * on the page (<html lang>, color-scheme), which the widgets follow as they
 * would on a real host page; the palette is set on each widget.
 */
/**
 * Names that are not visible text spans (the title, aria-labels, options) in the
 * page's language: they carry both as data-zh / data-en (text) and
 * data-label-zh / data-label-en (aria-label).
 */
export const nameInLanguage = (lang: 'zh' | 'en'): void => {
  for (const element of document.querySelectorAll<HTMLElement>(`[data-${lang}]`)) element.textContent = element.dataset[lang]!;
  const label = lang === 'en' ? 'labelEn' : 'labelZh';
  for (const element of document.querySelectorAll<HTMLElement>(`[data-label-${lang}]`)) element.setAttribute('aria-label', element.dataset[label]!);
};

export const bindSwitches = (form: HTMLFormElement, widgets: () => Iterable<Element>): void => {
  const apply = () => {
    const data = new FormData(form);
    const lang = String(data.get('lang') ?? 'zh-CN');
    const theme = String(data.get('theme') ?? 'light');
    const palette = String(data.get('palette') ?? '');
    document.documentElement.lang = lang;
    nameInLanguage(lang.startsWith('zh') ? 'zh' : 'en');
    document.documentElement.classList.toggle('dark', theme === 'dark');
    document.documentElement.classList.toggle('auto', theme === 'auto');
    for (const widget of widgets()) {
      if (palette) widget.setAttribute('palette', palette);
      else widget.removeAttribute('palette');
    }
  };
  form.addEventListener('change', apply);
  apply();
};
