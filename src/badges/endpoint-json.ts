/**
 * shields.io endpoint badge JSON (https://shields.io/badges/endpoint-badge).
 */
import type { BadgeModel } from './badge-model.ts';

/** The endpoint schema, version 1. */
export interface EndpointJson {
  readonly schemaVersion: 1;
  readonly label: string;
  readonly message: string;
  /** Hex colour without `#` (shields reads bare hex as hex). */
  readonly color: string;
}

/**
 * Converts a badge model to shields endpoint JSON. The label is the drawn
 * (possibly shortened) one, so shields renders the same text as our SVG.
 */
export function toEndpointJson(model: BadgeModel): EndpointJson {
  const color = model.colour.replace(/^#/, '').toLowerCase();
  if (!/^[0-9a-f]{6}$/.test(color)) throw new TypeError(`badge colour is not #rrggbb: ${model.colour}`);
  return { schemaVersion: 1, label: model.label, message: model.message, color };
}
