import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseRedirectsFile, resolveRedirect, type RedirectRule } from './hosts/alias-redirects.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.cff': 'text/plain; charset=utf-8',
};

/** Maps a request path to a file in `root`: folders serve their index.html; nothing outside root. */
export function resolveRequest(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  if (!file.startsWith(root)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) return path.join(file, 'index.html');
  return file;
}

/**
 * Serves a built site folder over http, like a CDN would: the 404 page when present, and the
 * alias rules of a `_redirects` file the build wrote (--host cloudflare, netlify, gitlab-pages).
 */
export function createStaticServer(root: string): http.Server {
  const base = path.resolve(root);
  // Read when a request misses, so a build that finishes while the server runs is followed.
  const rulesNow = (): RedirectRule[] => {
    const file = path.join(base, '_redirects');
    return fs.existsSync(file) ? parseRedirectsFile(fs.readFileSync(file, 'utf8')) : [];
  };
  return http.createServer((req, res) => {
    const file = resolveRequest(base, req.url ?? '/');
    if (file !== null && fs.existsSync(file) && fs.statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
      return;
    }
    const to = resolveRedirect(rulesNow(), (req.url ?? '/').split('?')[0] ?? '/');
    if (to !== null) {
      res.writeHead(302, { location: to });
      res.end();
      return;
    }
    const notFound = path.join(base, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
  });
}
