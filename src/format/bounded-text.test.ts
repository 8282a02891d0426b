import { expect, it } from 'vitest';
import { boundText } from './bounded-text.ts';

it.each<[string, number, 'head' | 'tail', string, number]>([
  ['abcdef', 10, 'head', 'abcdef', 0],
  ['abcdef', 4, 'head', 'abcd', 2],
  ['abcdef', 4, 'tail', 'cdef', 2],
  ['ab😀cd', 3, 'head', 'ab', 4],
  ['ab😀cd', 3, 'tail', 'cd', 4],
])('boundText(%j, %d, %s)', (text, max, keep, shown, omitted) => {
  expect(boundText(text, max, keep)).toEqual({ text: shown, omitted });
});
