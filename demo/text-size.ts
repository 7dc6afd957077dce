/*
 * The portal's "字号：大 中 小" (text size: large, medium, small), as county portals
 * have it. It sets the root font size: the article's text is in rem, and so are
 * the widgets' (each chart lays its drawing out again at the new size).
 */
const sizes = document.querySelectorAll<HTMLButtonElement>('[data-text-size]');
for (const button of sizes) {
  button.addEventListener('click', () => {
    document.documentElement.style.fontSize = button.dataset.textSize!;
    for (const other of sizes) other.setAttribute('aria-pressed', String(other === button));
  });
}
