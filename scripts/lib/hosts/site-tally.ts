/** How many files and folders a site (or part of one) has, and how many bytes, as a host counts them. */
export interface SiteTally {
  files: number;
  /** Folders, the top one not counted. */
  folders: number;
  bytes: number;
  /** The largest file, by site path. */
  largest: { path: string; bytes: number } | null;
}

export const EMPTY_TALLY: SiteTally = { files: 0, folders: 0, bytes: 0, largest: null };

/** The tally of files given as site paths (`/a/b.html`) and sizes; folders are the ones they imply. */
export function tallyFiles(files: Iterable<readonly [string, number]>): SiteTally {
  const folders = new Set<string>();
  let count = 0;
  let bytes = 0;
  let largest: SiteTally['largest'] = null;
  for (const [file, size] of files) {
    count++;
    bytes += size;
    if (largest === null || size > largest.bytes) largest = { path: file, bytes: size };
    for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
      const folder = file.slice(0, i);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return { files: count, folders: folders.size, bytes, largest };
}

/** Two disjoint parts of a site together. */
export function addTallies(a: SiteTally, b: SiteTally): SiteTally {
  const largest = a.largest === null || (b.largest !== null && b.largest.bytes > a.largest.bytes) ? b.largest : a.largest;
  return { files: a.files + b.files, folders: a.folders + b.folders, bytes: a.bytes + b.bytes, largest };
}

/** Bytes for people: `1.2 GB`, `310 MB`, `25 KB` (decimal units, as hosts state their limits). */
export function formatBytes(bytes: number): string {
  const units: Array<[number, string]> = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'KB'],
  ];
  for (const [size, unit] of units) if (bytes >= size) return `${(bytes / size).toFixed(bytes >= size * 10 ? 0 : 1)} ${unit}`;
  return `${bytes} B`;
}
