import { HOST_PROFILES, type HostProfile } from '../hosts/host-profiles.ts';

/** One row of the hosts table on the deploy page, every cell a display string. */
export interface HostRow {
  name: string;
  title: string;
  /** The host's published limits in one phrase, e.g. `20,000 files; 25 MiB a file`. */
  limits: string;
  headers: string;
  aliases: string;
  precompressed: string;
  sources: string[];
}

const count = (n: number): string => n.toLocaleString('en-US');

function size(bytes: number): string {
  return bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2} MiB` : `${bytes / 1e9} GB`;
}

function limits(h: HostProfile): string {
  const parts = [
    h.maxFiles === null ? null : `${count(h.maxFiles)} files`,
    h.maxEntries === null ? null : `${count(h.maxEntries)} files and folders`,
    h.maxSiteBytes === null ? null : size(h.maxSiteBytes),
    h.maxFileBytes === null ? null : `${size(h.maxFileBytes)} a file`,
  ].filter((p) => p !== null);
  return parts.length === 0 ? 'none published' : parts.join('; ');
}

function aliases(h: HostProfile): string {
  if (h.aliases === 'nginx-config') return 'nginx rules (sweepsite.nginx.conf)';
  if (h.aliases === 'pages') return 'redirect pages and badge copies';
  const l = h.redirectLimits;
  const most = l === undefined ? [] : [l.maxStatic === null ? null : `${count(l.maxStatic)} exact`, l.maxDynamic === null ? null : `${count(l.maxDynamic)} splat`, l.maxTotal === null || l.maxStatic !== null ? null : `${count(l.maxTotal)} rules`].filter((s) => s !== null);
  return `_redirects${most.length > 0 ? ` (at most ${most.join(', ')})` : ''}`;
}

function headers(h: HostProfile): string {
  if (h.headersFile !== false) return `_headers${h.headersFile.maxRules === null ? '' : ` (at most ${h.headersFile.maxRules} rules)`}`;
  if (h.aliases === 'nginx-config') return 'nginx add_header (sweepsite.nginx.conf)';
  if (h.name === 's3') return 'at upload, and in the CDN';
  return 'the host\'s own';
}

/** The hosts table: what each host allows and what the build writes for it. */
export function hostRows(profiles: readonly HostProfile[] = HOST_PROFILES): HostRow[] {
  return profiles.map((h) => ({
    name: h.name,
    title: h.title,
    limits: limits(h),
    headers: headers(h),
    aliases: aliases(h),
    precompressed: h.servesPrecompressed ? 'serves .br and .gz siblings' : 'its own',
    sources: h.sources,
  }));
}
