/**
 * A control that removes itself (a "remove" button, a dialog's answer, a form's Cancel) must hand the focus on,
 * or it falls to the page's body and a keyboard or screen-reader user starts again from the top. After the
 * re-render that removes it, focus what `find` returns; an element that cannot take focus (a heading) is made
 * focusable by script only.
 */
export function focusAfterRender(find: () => HTMLElement | null | undefined): void {
  setTimeout(() => {
    const el = find();
    if (!el) return;
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
  }, 0);
}
