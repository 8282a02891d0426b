import { describe, expect, it } from 'vitest';
import { makeBadge } from './badge-model.ts';
import { toEndpointJson } from './endpoint-json.ts';

describe('toEndpointJson', () => {
  it.each([
    [0.553, { label: 'cfg', message: 'pass rate 55%', color: '2e6269' }],
    [0.9, { label: 'cfg', message: 'pass rate 90%', color: '0f2f66' }],
    [null, { label: 'cfg', message: 'not scored', color: '737373' }],
  ])('pass rate %s', (value, expected) => {
    const json = toEndpointJson(makeBadge({ label: 'cfg', value, kind: 'pass' }));
    expect(json).toEqual({ schemaVersion: 1, ...expected });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('carries the drawn message with its interval', () => {
    const json = toEndpointJson(makeBadge({ label: 'cfg', value: 0.55, interval: { low: 0.49, high: 0.61 }, kind: 'pass' }));
    expect(json.message).toBe('pass rate 55% ±6');
  });

  const seed = { kind: 'cell', tui: 'openhands', model: 'meta/llama-3.3-70b-instruct', task: 'mutations/rust-error-negated' } as const;
  it.each([
    ['fail', 'bad', 0.154, 'fail · score 0.154', '8c2703'],
    ['pass', 'good', 0.734, 'pass · score 0.734', '0f2f66'],
    ['not scored', 'neutral', null, 'not scored', '737373'],
  ] as const)('cell %s says what the SVG draws', (verdict, tone, score, message, color) => {
    const json = toEndpointJson(makeBadge({ ...seed, verdict, tone, score }));
    expect(json).toEqual({ schemaVersion: 1, label: 'openhands × llama-3.3-70b-instruct · rust-error-negated', message, color });
  });

  it.each(['red', '#fff', 'rgb(0,0,0)'])('rejects a non-hex colour %j', (colour) => {
    const model = { ...makeBadge({ label: 'x', value: 1, kind: 'pass' }), colour };
    expect(() => toEndpointJson(model)).toThrow(TypeError);
  });
});
