import { HOST_PROFILES, type HostProfile } from '../hosts/host-profiles.ts';

/** One row of the hosts table on the deploy page, every cell a display string. */
export interface HostRow {
  name: string;
  title: string;
  files: string;
  siteSize: string;
  fileSize: string;
  headers: string;
  aliases: string;
  precompressed: string;
  sources: string[];
}

const count = (n: number): string => n.toLocaleString('en-US');

function size(bytes: number | null): string {
  if (bytes === null) return 'no limit published';
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`;
  return `${bytes / 1e9} GB`;
}

function files(h: HostProfile): string {
  if (h.maxFiles !== null) return `${count(h.maxFiles)} files`;
  if (h.maxEntries !== null) return `${count(h.maxEntries)} files and folders`;
  return 'no limit published';
}

function aliases(h: HostProfile): string {
  if (h.aliases === 'nginx-config') return 'nginx rules (sweepsite.nginx.conf)';
  if (h.aliases === 'pages') return 'redirect pages, badge copies';
  const l = h.redirectLimits;
  const limits = l === undefined ? [] : [l.maxStatic === null ? null : `${count(l.maxStatic)} exact`, l.maxDynamic === null ? null : `${count(l.maxDynamic)} splat`, l.maxTotal === null || l.maxStatic !== null ? null : `${count(l.maxTotal)} rules`].filter((s) => s !== null);
  return `_redirects rules${limits.length > 0 ? ` (at most ${limits.join(', ')})` : ''}`;
}

function headers(h: HostProfile): string {
  if (h.headersFile !== false) return `_headers${h.headersFile.maxRules === null ? '' : ` (at most ${h.headersFile.maxRules} rules)`}`;
  if (h.aliases === 'nginx-config') return 'nginx add_header (sweepsite.nginx.conf)';
  if (h.name === 's3') return 'at upload (npm run upload) and in the CDN';
  return 'none: the host sets its own';
}

/** The hosts table: what each host allows and what the build writes for it. */
export function hostRows(profiles: readonly HostProfile[] = HOST_PROFILES): HostRow[] {
  return profiles.map((h) => ({
    name: h.name,
    title: h.title,
    files: files(h),
    siteSize: size(h.maxSiteBytes),
    fileSize: size(h.maxFileBytes),
    headers: headers(h),
    aliases: aliases(h),
    precompressed: h.servesPrecompressed ? 'serves .br / .gz beside a file' : 'compresses itself, or not at all',
    sources: h.sources,
  }));
}
