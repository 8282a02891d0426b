/**
 * The Content-Type each uploaded file is stored with. The aws CLI guesses types with Python's
 * `mimetypes` and the machine's `/etc/mime.types`, so its guess differs between machines and is
 * wrong for this site in several ways: no charset on text (a browser reads `text/plain` or
 * `text/csv` without one as windows-1252), nothing for Pagefind's `.pf_*` and `.pagefind` files
 * or `.cff` (stored as `binary/octet-stream`), and `x.json.gz` stored as JSON. So every type the
 * site uses is given here, and the CLI guesses only for an extension this table does not know.
 */
const TYPES: ReadonlyMap<string, string> = new Map([
  ['html', 'text/html; charset=utf-8'],
  ['css', 'text/css; charset=utf-8'],
  ['js', 'text/javascript; charset=utf-8'],
  ['mjs', 'text/javascript; charset=utf-8'],
  ['json', 'application/json; charset=utf-8'],
  ['webmanifest', 'application/manifest+json; charset=utf-8'],
  ['svg', 'image/svg+xml; charset=utf-8'],
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['webp', 'image/webp'],
  ['avif', 'image/avif'],
  ['ico', 'image/x-icon'],
  ['woff2', 'font/woff2'],
  ['woff', 'font/woff'],
  ['csv', 'text/csv; charset=utf-8'],
  ['xml', 'application/xml; charset=utf-8'],
  ['atom', 'application/atom+xml; charset=utf-8'],
  ['rss', 'application/rss+xml; charset=utf-8'],
  ['txt', 'text/plain; charset=utf-8'],
  ['md', 'text/markdown; charset=utf-8'],
  ['cff', 'text/plain; charset=utf-8'],
  ['ndjson', 'application/x-ndjson; charset=utf-8'],
  ['jsonl', 'application/x-ndjson; charset=utf-8'],
  ['wasm', 'application/wasm'],
  // A real download (no uncompressed sibling; sidecars are never uploaded): the bytes are the file.
  ['gz', 'application/gzip'],
  ['zip', 'application/zip'],
  ['tar', 'application/x-tar'],
  // Pagefind fetches its index and its gzipped wasm as bytes and decompresses them itself.
  ['pagefind', 'application/octet-stream'],
]);

/** The Content-Type to store `key` with, or null to let the aws CLI guess (an extension not in the table). */
export function contentTypeOf(key: string): string | null {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = name.slice(dot + 1).toLowerCase();
  if (ext.startsWith('pf_')) return 'application/octet-stream';
  return TYPES.get(ext) ?? null;
}
