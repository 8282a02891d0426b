import { describe, expect, it } from 'vitest';
import { createProgressBoard, formatProgress } from './progress-line.ts';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let out = '';
  const stream = { isTTY, columns: 200, write: (s: string) => ((out += s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => out };
}

describe('formatProgress', () => {
  it('shows count, share, rate and time left', () => {
    expect(formatProgress('render pages', 1200, 4800, 4)).toBe('render pages 1,200 of 4,800 (25%), 300/s, about 12 s left');
  });
  it('says minutes for long waits and nothing left when done', () => {
    expect(formatProgress('cards', 100, 10_100, 10)).toBe('cards 100 of 10,100 (0%), 10/s, about 17 min left');
    expect(formatProgress('cards', 50, 50, 5)).toBe('cards 50 of 50 (100%), 10/s');
  });
  it('never shows more done than planned', () => {
    expect(formatProgress('render pages', 130, 120, 1)).toMatch(/^render pages 120 of 120 \(100%\)/);
  });
  it('times only the work since timing started', () => {
    expect(formatProgress('render pages', 1000, 3950, 10, 50)).toBe('render pages 1,050 of 4,000 (26%), 100/s, about 30 s left');
  });
});

describe('createProgressBoard', () => {
  it('writes a line per quarter to a log, not one per update', () => {
    const { stream, text } = fakeStream(false);
    const line = createProgressBoard(stream).task('render pages');
    for (let i = 1; i <= 1000; i++) line.update(i, 1000);
    line.end();
    const lines = text().trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/render pages 250 of 1,000 \(25%\)/);
    expect(lines[2]).toMatch(/750 of 1,000 \(75%\)/);
  });
  it('keeps tasks that run at once on one line rewritten in place, and clears it at the end', () => {
    const { stream, text } = fakeStream(true);
    const board = createProgressBoard(stream);
    const pages = board.task('render pages');
    const cards = board.task('social cards');
    pages.update(10, 100);
    cards.update(100, 100);
    pages.update(100, 100);
    cards.end();
    pages.end();
    const out = text();
    expect(out).not.toContain('\n');
    expect(out).toContain('render pages 100 of 100 (100%)');
    expect(out).toMatch(/render pages [^·]+ · social cards 100 of 100/);
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });
});

describe('progress board log lines', () => {
  it('clears the status line, writes the log line, and draws the status again', () => {
    const { stream, text } = fakeStream(true);
    const board = createProgressBoard(stream);
    board.task('render pages').update(5, 10);
    board.log('[sweepsite] read: 1 s');
    expect(text()).toMatch(/render pages 5 of 10[^\n]*\r\x1b\[K\[sweepsite\] read: 1 s\n\r\x1b\[K\[sweepsite\] {3}render pages 5 of 10/);
  });
});
