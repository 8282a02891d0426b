/**
 * Renders a badge model as a flat, shields-style SVG.
 */
import { BADGE_LAYOUT, type BadgeModel } from './badge-model.ts';
import { LABEL_COLOUR, TEXT_COLOUR } from './colour-scale.ts';
import { fnv1a } from './hash.ts';
import { el, renderXml, type XmlElement, type XmlNode } from './xml.ts';

/** Font stack of badge text: Inter (what we measure), then fonts of similar width. */
export const BADGE_FONT_FAMILY = 'Inter,system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif';

/** Options for {@link renderBadgeSvg}. */
export interface RenderBadgeSvgOptions {
  /** Indent the markup (for snapshots and debugging). */
  readonly pretty?: boolean;
}

const SHADOW = { fill: '#010101', opacity: '.3' } as const;
const BASELINE = 14;

/** Text with a 1px darker shadow below it, centred on `centre`. */
function shadowedText(text: string, centre: number, textLength: number): XmlNode[] {
  // textLength pins the text to the measured width, so a substitute font cannot overflow the box.
  const length = textLength > 0 ? textLength : undefined;
  return [
    el('text', { 'aria-hidden': 'true', x: centre, y: BASELINE + 1, fill: SHADOW.fill, 'fill-opacity': SHADOW.opacity, textLength: length }, text),
    el('text', { x: centre, y: BASELINE, textLength: length }, text),
  ];
}

/** Builds the SVG element tree of a badge. */
export function badgeSvgTree(model: BadgeModel): XmlElement {
  const { labelWidth, messageWidth, totalWidth } = model;
  const height = BADGE_LAYOUT.height;
  // Ids derive from the content, so identical badges share ids and output is reproducible.
  const hash = fnv1a(JSON.stringify([model.label, model.message, model.colour, model.title, totalWidth]));
  const gradientId = `bs-${hash}`;
  const clipId = `br-${hash}`;
  const hasLabel = labelWidth > 0;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: totalWidth,
      height,
      viewBox: `0 0 ${totalWidth} ${height}`,
      role: 'img',
      'aria-label': model.ariaLabel,
    },
    el('title', {}, model.title),
    el(
      'linearGradient',
      { id: gradientId, x2: 0, y2: '100%' },
      el('stop', { offset: 0, 'stop-color': '#bbb', 'stop-opacity': '.1' }),
      el('stop', { offset: 1, 'stop-opacity': '.1' }),
    ),
    el('clipPath', { id: clipId }, el('rect', { width: totalWidth, height, rx: 3, fill: '#fff' })),
    el(
      'g',
      { 'clip-path': `url(#${clipId})` },
      ...(hasLabel ? [el('rect', { width: labelWidth, height, fill: LABEL_COLOUR })] : []),
      el('rect', { x: labelWidth, width: messageWidth, height, fill: model.colour }),
      el('rect', { width: totalWidth, height, fill: `url(#${gradientId})` }),
    ),
    el(
      'g',
      {
        fill: TEXT_COLOUR,
        'text-anchor': 'middle',
        'font-family': BADGE_FONT_FAMILY,
        'text-rendering': 'geometricPrecision',
        'font-size': BADGE_LAYOUT.fontSize,
      },
      ...(hasLabel ? shadowedText(model.label, labelWidth / 2, model.labelTextWidth) : []),
      ...shadowedText(model.message, labelWidth + messageWidth / 2, model.messageTextWidth),
    ),
  );
}

/** Renders a badge model to an SVG document string (no XML declaration; inlinable in HTML). */
export function renderBadgeSvg(model: BadgeModel, options: RenderBadgeSvgOptions = {}): string {
  return renderXml(badgeSvgTree(model), { pretty: options.pretty ?? false });
}
