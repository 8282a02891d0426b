/**
 * Reveals every copy button (and the bar holding it) and copies the text of the `<code>` in its
 * `.code-block`. The text is read from the page rather than kept in an attribute, so a block's code
 * is sent once, not twice. Without JavaScript the buttons stay hidden, since they could not work;
 * a button outside a code block stays hidden too.
 */
export function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (button.dataset['ready'] === 'yes') continue;
    const code = button.closest('.code-block')?.querySelector('pre code');
    if (code === null || code === undefined) continue;
    button.dataset['ready'] = 'yes';
    button.hidden = false;
    const bar = button.closest<HTMLElement>('.code-bar');
    if (bar !== null) bar.hidden = false;
    let reset: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(code.textContent ?? '').then(
        () => { button.textContent = 'Copied'; },
        () => { button.textContent = 'Select and copy'; },
      );
      clearTimeout(reset);
      reset = setTimeout(() => { button.textContent = 'Copy'; }, 2000);
    });
  }
}
