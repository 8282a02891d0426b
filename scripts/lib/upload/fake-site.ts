import fs from 'node:fs';
import path from 'node:path';

/**
 * A small built site laid out as the build leaves it, for the upload tests: OUT_DIR (`<root>/dist`)
 * links to `dist.sweepsite/sites/1/`, whose `sweeps/<id>` link to sealed units beside their
 * manifests. Sweep `a` is a unit; with `plain`, sweep `p` is a plain folder (no manifest).
 */
export function makeFakeSite(root: string, opts: { plain?: boolean } = {}): string {
  const store = path.join(root, 'dist.sweepsite');
  const site = path.join(store, 'sites', '1');
  write(site, 'index.html', '<h1>home</h1>');
  write(site, 'sweeps/index.html', '<h1>all sweeps</h1>');
  write(site, '_astro/app.Ab12.js', 'console.log(1)');
  write(site, '_astro/app.Ab12.css', 'body{}');
  write(site, 'pagefind/pagefind.js', 'export {}');
  write(site, 'pagefind/pagefind.en_1a.pf_meta', 'meta');
  write(site, 'pagefind/fragment/en_2b.pf_fragment', 'frag');
  write(site, 'sitemap.xml', '<urlset/>');
  write(site, 'feed.xml', '<feed/>');
  write(site, 'robots.txt', 'User-agent: *');
  write(site, '_headers', '/*\n  X: y\n');
  write(site, '_redirects', '/cell/* /sweeps/a/cell/:splat 302\n');
  write(site, '.well-known/security.txt', 'Contact: x');
  write(site, 'big.json', '{"big":true}');
  write(site, 'big.json.br', 'br');
  write(site, 'big.json.gz', 'gz');
  write(site, 'archive.tar.gz', 'a real download');
  addSweep(root, 'a', 'aaaa1111');
  // An alias: a link to a page inside a sweep, served under its own address.
  fs.mkdirSync(path.join(site, 'cell'), { recursive: true });
  fs.symlinkSync('../sweeps/a/cell/x', path.join(site, 'cell', 'x'));
  if (opts.plain === true) {
    write(site, 'sweeps/p/index.html', '<h1>plain</h1>');
    write(site, 'sweeps/p/cells.csv', 'id\n');
  }
  const outDir = path.join(root, 'dist');
  fs.symlinkSync(path.relative(root, site), outDir);
  return outDir;
}

/** Adds sweep `id` as a sealed unit under `key`, linked at `sweeps/<id>` of the site. */
export function addSweep(root: string, id: string, key: string): void {
  const units = path.join(root, 'dist.sweepsite', 'units');
  const unit = path.join(units, `${id}-${key}`);
  write(unit, 'index.html', `<h1>sweep ${id}</h1>`);
  write(unit, 'cells.json', '[]');
  write(unit, 'badge/x.svg', '<svg/>');
  write(unit, 'card.png', 'png');
  write(unit, 'cell/x/index.html', `<h1>cell x of ${id}</h1>`);
  write(unit, 'pagefind/pagefind.en_3c.pf_meta', 'meta');
  write(unit, 'sitemap-1.xml', '<urlset/>');
  fs.writeFileSync(`${unit}.unit.json`, `${JSON.stringify({ key, files: [] })}\n`);
  const at = path.join(root, 'dist.sweepsite', 'sites', '1', 'sweeps', id);
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(path.relative(path.dirname(at), unit), at);
}

function write(dir: string, rel: string, text: string): void {
  const file = path.join(dir, ...rel.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
