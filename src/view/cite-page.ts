import { buildBibtex, buildPlainCitation, type CiteInput } from './cite.ts';
import { buildApaCitation, type ApaCitation } from './cite-apa.ts';
import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { CellEntry, SiteArchive } from '../data/archive.ts';
import { SITE_NAME, siteOrigin } from '../data/site-config.ts';
import { summariseSweep } from './sweep-summary.ts';

/** One thing cited three ways. */
export interface CitationSet {
  /** A BibTeX `@misc` entry. */
  bibtex: string;
  /** An APA 7 reference, title apart for italics. */
  apa: ApaCitation;
  /** One plain sentence. */
  plain: string;
}

/** How to cite one sweep. */
export interface SweepCitation {
  id: string;
  /** The manifest's title, or a generic one; citations name the sweep id after it. */
  title: string;
  /** What the page heads the sweep with: its id, after its title when it has one. */
  heading: string;
  /** Permanent address, site-relative, e.g. `/sweeps/free-20260527/`. */
  href: string;
  /** Permanent address, absolute. */
  url: string;
  /** `YYYY-MM-DD`, from the snapshot date or else the start; undefined when the sweep records neither. */
  date: string | undefined;
  /** Which date `date` is. */
  dateKind: 'snapshot date' | 'start date' | undefined;
  /** `sha256:…` over the sweep's input files. */
  fingerprint: string;
  cite: CitationSet;
}

/** The `/cite/` page: every sweep's citations and one worked cell example. */
export interface CitePage {
  /** Newest first, as the archive lists them. */
  sweeps: SweepCitation[];
  /** The first cell of the newest sweep, to show a cell citation; null for an empty archive. */
  exampleCell: { title: string; href: string; cite: CitationSet } | null;
}

/** The title cited for a sweep whose manifest has none. */
export const UNTITLED_SWEEP = 'Coding-agent benchmark results';

function citeSweep(input: CiteInput): CitationSet {
  return { bibtex: buildBibtex(input), apa: buildApaCitation(input), plain: buildPlainCitation(input) };
}

/** The citation input of a cell, as its own page builds it. */
function cellInput(entry: CellEntry, origin: string): CiteInput {
  const { cell } = entry.loaded;
  return {
    title: `${cell.tui} × ${cell.model} on ${cell.task}`,
    sweepId: entry.sweep.id,
    url: `${origin}${entry.path}`,
    date: entry.sweep.manifest.snapshot_date ?? cell.started_at?.slice(0, 10),
    digest: cell.image_digest,
    siteName: SITE_NAME,
  };
}

/** How to cite one sweep: its permanent address, id, date and fingerprint, three ways. */
export function citeSweepOf(sweep: LoadedSweep, origin: string = siteOrigin()): SweepCitation {
  const s = summariseSweep(sweep);
  const date = s.snapshotDate ?? s.started;
  // Citations say "Sweep <id>" after the title, so an untitled sweep gets a title without its id.
  const title = sweep.manifest.title ?? UNTITLED_SWEEP;
  const url = `${origin}${s.href}`;
  const input: CiteInput = { title, sweepId: sweep.id, url, date, digest: undefined, fingerprint: sweep.fingerprint, siteName: SITE_NAME };
  const heading = sweep.manifest.title === undefined ? sweep.id : `${sweep.manifest.title} (${sweep.id})`;
  return { id: sweep.id, title, heading, href: s.href, url, date, dateKind: s.snapshotDate !== undefined ? 'snapshot date' : s.started !== undefined ? 'start date' : undefined, fingerprint: sweep.fingerprint, cite: citeSweep(input) };
}

/** Builds the `/cite/` page from the archive. */
export function buildCitePage(archive: SiteArchive, origin: string = siteOrigin()): CitePage {
  const sweeps = archive.sweeps.map((sweep) => citeSweepOf(sweep, origin));
  const first = archive.cells.find((e) => e.sweep === archive.newest && e.ref.attempt === 1);
  const exampleCell = first === undefined ? null : (() => {
    const input = cellInput(first, origin);
    return { title: input.title, href: first.path, cite: { bibtex: buildBibtex(input), apa: buildApaCitation(input), plain: buildPlainCitation(input) } };
  })();
  return { sweeps, exampleCell };
}
