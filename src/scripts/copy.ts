/** Reveals every copy button and copies its `data-copy` text; without JavaScript the buttons stay hidden. */
export function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (button.dataset['ready'] === 'yes') continue;
    button.dataset['ready'] = 'yes';
    button.hidden = false;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(button.dataset['copy'] ?? '').then(
        () => { button.textContent = 'Copied'; },
        () => { button.textContent = 'Select and copy'; },
      );
      setTimeout(() => { button.textContent = 'Copy'; }, 2000);
    });
  }
}
