// Worker thread: renders social cards it is sent and answers with the PNG bytes.
import { parentPort } from 'node:worker_threads';
import { renderSocialCardPng } from '../../../src/badges/social-card.ts';
import type { SocialCardInput } from '../../../src/badges/social-card-layout.ts';

parentPort?.on('message', (job: { id: number; input: SocialCardInput }) => {
  renderSocialCardPng(job.input).then(
    (png) => parentPort?.postMessage({ id: job.id, png }),
    (e: unknown) => parentPort?.postMessage({ id: job.id, error: String(e) }),
  );
});
