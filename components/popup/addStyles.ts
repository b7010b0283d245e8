/**
 * Styles that come inside a script (`import css from './x.css?inline'`) rather than as a
 * stylesheet file: no extra file to load before the first paint, and a chunk loaded later
 * brings its own styles with it.
 */
export function addStyles(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
