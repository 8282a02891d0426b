import { describe, expect, it } from 'vitest';
import { makeBadge } from './badge-model.ts';
import { toEndpointJson } from './endpoint-json.ts';

describe('toEndpointJson', () => {
  it.each([
    [0.553, { label: 'cell', message: '55%', color: '2e6269' }],
    [0.9, { label: 'cell', message: '90%', color: '0f2f66' }],
    [null, { label: 'cell', message: 'not scored', color: '737373' }],
  ])('value %s', (value, expected) => {
    const json = toEndpointJson(makeBadge({ label: 'cell', value, kind: 'pass' }));
    expect(json).toEqual({ schemaVersion: 1, ...expected });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('carries the drawn message with its interval', () => {
    const json = toEndpointJson(makeBadge({ label: 'cfg', value: 0.55, interval: { low: 0.49, high: 0.61 }, kind: 'composite' }));
    expect(json.message).toBe('55% ±6');
  });

  it.each(['red', '#fff', 'rgb(0,0,0)'])('rejects a non-hex colour %j', (colour) => {
    const model = { ...makeBadge({ label: 'x', value: 1, kind: 'pass' }), colour };
    expect(() => toEndpointJson(model)).toThrow(TypeError);
  });
});
