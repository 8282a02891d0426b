export * from './problem.ts';
export * from './parse-json.ts';
export * from './paths.ts';
export * from './load-sweep.ts';
export * from './load-archive.ts';
export * from './read-cell.ts';
