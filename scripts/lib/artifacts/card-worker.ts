// Worker thread: renders social cards it is sent and answers with the PNG bytes.
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { renderSocialCardPng } from '../../../src/badges/social-card.ts';
import type { SocialCardInput } from '../../../src/badges/social-card-layout.ts';

// Parallelism comes from one worker per core; libvips threads and its operation cache on top of that only add contention and memory.
sharp.concurrency(1);
sharp.cache(false);

parentPort?.on('message', (job: { id: number; input: SocialCardInput }) => {
  renderSocialCardPng(job.input).then(
    (png) => parentPort?.postMessage({ id: job.id, png }),
    (e: unknown) => parentPort?.postMessage({ id: job.id, error: String(e) }),
  );
});
