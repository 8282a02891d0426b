/**
 * Gives every `.code-block` a copy button in a bar above its code, copying the text of its
 * `<code>`. The button is made here, not in the page: a page read without JavaScript carries no
 * button that could not work, and each block's markup stays as small as its code. The text is read
 * from the page rather than kept in an attribute, so a block's code is sent once.
 */
export function enableCopyButtons(): void {
  for (const block of document.querySelectorAll<HTMLElement>('.code-block')) {
    const pre = block.querySelector('pre');
    const code = pre?.querySelector('code');
    if (pre === null || code === null || code === undefined || block.querySelector('.code-bar') !== null) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.dataset['copy'] = '';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy ${pre.getAttribute('aria-label') ?? 'code'}`);
    const bar = document.createElement('div');
    bar.className = 'code-bar';
    bar.append(button);
    pre.before(bar);
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
