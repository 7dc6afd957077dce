/**
 * The demo's language, theme and palette switches. Language and theme are set
 * on the page (<html lang>, color-scheme), which the widgets follow as they
 * would on a real host page; the palette is set on each widget.
 */
export const bindSwitches = (form: HTMLFormElement, widgets: () => Iterable<Element>): void => {
  const apply = () => {
    const data = new FormData(form);
    const lang = String(data.get('lang') ?? 'zh-CN');
    const theme = String(data.get('theme') ?? 'light');
    const palette = String(data.get('palette') ?? '');
    document.documentElement.lang = lang;
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
