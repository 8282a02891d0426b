interface PagefindUIConstructor {
  new (options: Record<string, unknown>): unknown;
}

/**
 * Loads Pagefind's search UI from /pagefind/ (written after the build). Browsers refuse its
 * WebAssembly and index fetches from file://, so an offline copy says so and keeps the plain index.
 */
export function enableSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (root === null || status === null) return;
  if (location.protocol === 'file:') {
    status.textContent = 'Search needs the site served over http(s): browsers do not let a page opened from a file load the search index. Use the index of everything below, or serve the folder (npm run serve).';
    return;
  }
  const base = new URL('../pagefind/', location.href).href;
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${base}pagefind-ui.css`;
  document.head.append(css);
  const script = document.createElement('script');
  script.src = `${base}pagefind-ui.js`;
  script.addEventListener('load', () => {
    const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
    if (PagefindUI === undefined) return;
    // Every sweep has its own index, built and cached with its pages; the UI searches them as one.
    const bundles = JSON.parse(root.dataset['searchBundles'] ?? '[]') as string[];
    // Pagefind resolves a merged index's results against the bundle's own folder; they are site paths, so against the site root.
    const siteRoot = new URL('../', location.href).pathname;
    const mergeIndex = bundles.map((b) => ({ bundlePath: new URL(b, location.href).pathname, baseUrl: siteRoot }));
    new PagefindUI({ element: root, mergeIndex, showSubResults: false, showImages: false, resetStyles: false, autofocus: true });
    status.textContent = '';
  });
  script.addEventListener('error', () => {
    status.textContent = 'The search index could not be loaded. Use the index of everything below.';
  });
  document.head.append(script);
}
