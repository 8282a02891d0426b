// A clone of the project has nothing beside it: no code, test or script may name a path outside
// the repository. Every string literal in the tracked sources is checked where it is resolved:
// module specifiers and `new URL(x, import.meta.url)` against their file, anything else against
// the project folder, which is where every npm script and test runs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Tracked TypeScript, JavaScript and Astro sources, relative to the root. */
function trackedSources(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return listed.split('\0').filter((f) => /\.(?:[cm]?[jt]s|astro)$/.test(f) && fs.existsSync(path.join(ROOT, f)));
}

/** The code of a file: an Astro file's frontmatter and its script elements; anything else whole. */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [front, ...scripts].join('\n');
}

/** Calls whose first argument is a path on disk, resolved against the working directory. */
const FS_CALL = /^(?:path\.resolve|fsp?\.\w+|fs\.promises\.\w+|\w+Sync|readFile|writeFile|mkdir|rm|cp|stat|lstat|opendir|readdir)$/;
/** Object keys whose value is a path (child process environments and options). */
const PATH_KEY = /^(?:SWEEPS_DIR|OUT_DIR|SWEEPSITE_CACHE_DIR|cwd)$/;

/**
 * How a literal is used as a path: `file` when resolved against its own file (module specifiers,
 * `new URL(x, import.meta.url)`), `cwd` when handed to the file system or a child's environment,
 * or null when it is not used as a path at all (URLs, test data).
 */
function pathUse(node: ts.Node): 'file' | 'cwd' | null {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return 'file';
  if (ts.isLiteralTypeNode(parent) && ts.isImportTypeNode(parent.parent)) return 'file';
  if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) return 'file';
  if (ts.isNewExpression(parent) && parent.expression.getText() === 'URL') {
    return parent.arguments?.[1]?.getText().endsWith('import.meta.url') === true ? 'file' : null;
  }
  // A link's target (symlink's first argument) is resolved against the link, not the working directory.
  if (ts.isCallExpression(parent) && parent.arguments[0] === node && FS_CALL.test(parent.expression.getText()) && !/symlink/i.test(parent.expression.getText())) return 'cwd';
  if (ts.isPropertyAssignment(parent) && parent.initializer === node && PATH_KEY.test(parent.name.getText())) return 'cwd';
  return null;
}

/** Absolute paths every machine has: the kernel's and the system's own. */
const SYSTEM_PATH = /^\/(?:proc|sys|dev|etc|usr)(?:\/|$)/;

const isInside = (p: string): boolean => p === ROOT || p.startsWith(`${ROOT}${path.sep}`);

/** Literals in `code` (from `file`) that name a place outside the repository, with their line. */
export function pathsLeavingRoot(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      const text = node.text;
      const use = pathUse(ts.isTemplateHead(node) ? node.parent : node);
      const base = use === 'file' ? path.dirname(path.join(ROOT, file)) : ROOT;
      const leaves =
        /(?:^|\/)shared\/(?:fixtures|spec|reference|hooks)\b/.test(text) ||
        (use !== null && (path.isAbsolute(text) ? !SYSTEM_PATH.test(text) : !isInside(path.resolve(base, text))));
      if (leaves) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('repository bounds', () => {
  it('no tracked source names a path outside the repository', () => {
    // This file's own table names such paths on purpose.
    const files = trackedSources().filter((f) => f !== path.relative(ROOT, import.meta.filename));
    expect(files.length).toBeGreaterThan(100);
    const leaving = files.flatMap((f) => pathsLeavingRoot(f, codeOf(f, fs.readFileSync(path.join(ROOT, f), 'utf8'))));
    expect(leaving).toEqual([]);
  });

  it.each([
    ["const d = path.resolve('../shared/fixtures/real-sample');", 1],
    ["fs.readFileSync('../elsewhere/file.json'); fs.readFileSync('/proc/self/status');", 1],
    ["fs.readFileSync('/work/shared/x.json'); execFileSync('node', [], { cwd: '/home/me/x' });", 2],
    ["const env = { SWEEPS_DIR: '../archive' };", 1],
    ["const href = '../../glossary/'; const spanCwd = '/home/runner/scratch/';", 0],
    ["import x from '../../../outside.ts';", 1],
    ["const u = new URL('../../../elsewhere/', import.meta.url);", 1],
    ["const u = new URL(`../../shared/fixtures/${id}/`, import.meta.url);", 1],
    ["import x from '../../src/ingest/index.ts';", 0],
    ["const u = new URL('../fixtures/', import.meta.url);", 0],
    ["const d = path.resolve('tests/fixtures/seed-sweep');", 0],
  ])('flags %s', (code, count) => {
    expect(pathsLeavingRoot('tests/unit/example.ts', code)).toHaveLength(count);
  });
});
