/**
 * Reveals every copy button (and the bar holding it) and copies its `data-copy` text; without
 * JavaScript the buttons stay hidden, since they could not work.
 */
export function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (button.dataset['ready'] === 'yes') continue;
    button.dataset['ready'] = 'yes';
    button.hidden = false;
    const bar = button.closest<HTMLElement>('.code-bar');
    if (bar !== null) bar.hidden = false;
    let reset: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(button.dataset['copy'] ?? '').then(
        () => { button.textContent = 'Copied'; },
        () => { button.textContent = 'Select and copy'; },
      );
      clearTimeout(reset);
      reset = setTimeout(() => { button.textContent = 'Copy'; }, 2000);
    });
  }
}
