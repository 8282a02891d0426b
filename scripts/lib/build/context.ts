import fs from 'node:fs';
import path from 'node:path';
import type { ArchiveReads } from '../../../src/ingest/load-archive.ts';
import type { StoredRead } from '../read-store.ts';
import type { PhaseLog } from '../phase-log.ts';
import type { RenderShards } from '../render-shards.ts';
import { clearLeftovers, lockOutput, outputStore, type OutputStore } from '../output/out-store.ts';
import { codeVersion } from '../output/unit-keys.ts';
import { badgeDrawingVersion } from '../artifacts/badges.ts';
import { openContentStore } from '../content-store.ts';
import type { DrawnStores } from '../artifacts/index.ts';
import { emptyTrashLater, trash } from '../trash.ts';
import type { HostProfile } from '../../../src/hosts/host-profiles.ts';
import type { RedirectRule } from '../hosts/alias-redirects.ts';

/** What the person building asked for, from flags and the environment. */
export interface BuildOptions {
  keepGoing: boolean;
  offline: boolean;
  precompress: boolean;
  /** False with --no-cache: nothing kept by earlier builds is used. */
  useCache: boolean;
  allowEmpty: boolean;
  /** --cell-cards: a social card for every cell, not only for sweeps and configs. */
  cellCards: boolean;
  /** --host: the host the site is for, whose files the build writes and whose limits it checks. */
  host: HostProfile;
  archive: string;
  outDir: string;
  cacheDir: string;
  projectRoot: string;
  siteUrl: string | undefined;
}

/** A build that stops on purpose (invalid archive, an empty one over a site): its message is the whole story. */
export class BuildStopped extends Error {}

/** The archive's folder reads as the render processes take them: each sweep's from the read store. */
export type StoredArchiveReads = Omit<ArchiveReads, 'folders'> & { folders: Array<{ name: string; dir: string; stored: StoredRead } | { problem: ArchiveReads['problems'][number] }> };

/** One build: its options, log, render processes, output store, and the folder of the site it makes. */
export interface Build {
  options: BuildOptions;
  log: PhaseLog;
  renderers: RenderShards;
  store: OutputStore;
  /** The site this build makes, under the store's `work/` until it is published. */
  work: string;
  /** This build's name for its site, e.g. `1764750000000-4242`. */
  id: string;
  /** Version of the site's code and of how it is made (see unitKeys). */
  code: string;
  drawn: DrawnStores;
  /** Set by the read step: where the render processes take the archive from. */
  reads: StoredArchiveReads | null;
  /** The alias rules for an nginx host, set when the aliases are planned and written with the headers. */
  aliasRules?: RedirectRule[];
  /** Folders this build is making and must remove if it stops. */
  making: Set<string>;
  /** Stops the render processes and removes what this build made; the published site is untouched. */
  abandon(): Promise<void>;
  /** Lets other builds write OUT_DIR again. */
  release(): void;
}

/** The version of the site's code and of how this build makes it: what every kept read and sweep folder is keyed by. */
export function buildCodeVersion(options: Pick<BuildOptions, 'projectRoot' | 'siteUrl' | 'offline' | 'precompress' | 'cellCards'>): string {
  const variant = [options.offline ? 'offline' : '', options.precompress ? 'precompress' : '', options.cellCards ? 'cell-cards' : ''].join(',');
  return codeVersion(options.projectRoot, options.siteUrl ?? '', variant);
}

/**
 * Starts a build: takes the output store (one build at a time per OUT_DIR), clears what stopped
 * builds left, and makes SIGINT and SIGTERM stop it cleanly: render processes stopped, this
 * build's folders removed, the lock released, the published site as it was.
 */
export function createBuild(options: BuildOptions, log: PhaseLog, renderers: RenderShards): Build {
  const store = outputStore(options.outDir);
  let release: () => void;
  try {
    release = lockOutput(store);
  } catch (e) {
    void renderers.abort();
    throw e;
  }
  const left = clearLeftovers(store);
  if (left.length > 0) log.note(`removing ${left.length === 1 ? 'a site' : `${left.length} sites`} that a stopped build left in ${path.basename(store.root)}/`);
  emptyTrashLater(store.root);
  emptyTrashLater(options.cacheDir);
  const id = `${Date.now()}-${process.pid}`;
  const badgeVersion = badgeDrawingVersion(options.projectRoot);
  const build: Build = {
    options,
    log,
    renderers,
    store,
    work: path.join(store.work, id),
    id,
    code: buildCodeVersion(options),
    drawn: { badges: openContentStore(path.join(options.cacheDir, 'badges', badgeVersion), options.useCache), cards: openContentStore(path.join(options.cacheDir, 'cards'), options.useCache) },
    reads: null,
    making: new Set(),
    async abandon() {
      await renderers.abort();
      // Never throws: a failure here (the disk that stopped the build is full) must not hide why it stopped.
      for (const p of build.making) {
        try {
          if (fs.existsSync(p)) trash(store.root, [p]);
        } catch {
          fs.rmSync(p, { recursive: true, force: true });
        }
      }
      build.making.clear();
    },
    release: () => release(),
  };
  build.making.add(build.work);
  const stop = (signal: NodeJS.Signals, code: number): void => {
    process.stderr.write(`\nbuild stopped by ${signal}; ${options.outDir} is as it was\n`);
    void build.abandon().finally(() => {
      build.release();
      process.exit(code);
    });
  };
  process.once('SIGINT', () => stop('SIGINT', 130));
  process.once('SIGTERM', () => stop('SIGTERM', 143));
  return build;
}
