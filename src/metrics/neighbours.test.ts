import { describe, expect, it } from 'vitest';
import { buildNeighbourIndex, findNeighbours, type CellNeighbours } from './neighbours.ts';
import { scoreCells } from './normalise.ts';
import { exampleSweep, testCellId } from '../../tests/helpers/test-sweep.ts';

const scores = scoreCells(exampleSweep());
const index = buildNeighbourIndex(scores.values());
const id = testCellId;

describe('findNeighbours', () => {
  it.each<[string, string, CellNeighbours]>([
    [
      'x/m1 on cat/a',
      id('x', 'v/m1', 'cat/a'),
      {
        otherTuis: [id('y', 'v/m1', 'cat/a')],
        otherModels: [1, 2, 3].map((n) => id('x', 'v/m2', 'cat/a', n)),
        otherTasksInCategory: [id('x', 'v/m1', 'cat/b')],
      },
    ],
    [
      'y/m1 on dog/c (an excluded cell still has neighbours)',
      id('y', 'v/m1', 'dog/c'),
      { otherTuis: [id('x', 'v/m1', 'dog/c')], otherModels: [], otherTasksInCategory: [] },
    ],
    [
      'a rerun does not list its own config runs',
      id('x', 'v/m2', 'cat/b', 2),
      {
        otherTuis: [],
        otherModels: [id('x', 'v/m1', 'cat/b')],
        otherTasksInCategory: [1, 2, 3].map((n) => id('x', 'v/m2', 'cat/a', n)),
      },
    ],
  ])('%s', (_, cellId, expected) => {
    const score = scores.get(cellId);
    expect(score).toBeDefined();
    if (score !== undefined) expect(findNeighbours(index, score)).toEqual(expected);
  });
});
