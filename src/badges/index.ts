/**
 * Badges and social cards for sweep reports: score badges (SVG and shields
 * endpoint JSON), the colour scale behind them, and Open Graph PNG cards.
 */
export { BADGE_LAYOUT, NOT_SCORED, formatBadgeScore, intervalHalfWidth, makeBadge, normaliseLabel, roundUpToOdd } from './badge-model.ts';
export type { BadgeInput, BadgeModel, CellBadgeInput, RateBadgeInput, ScoreInterval } from './badge-model.ts';
export { cellBadgeLabel, fullCellLabel } from './cell-label.ts';
export type { CellLabelParts } from './cell-label.ts';
export { BADGE_FONT_FAMILY, badgeSvgTree, renderBadgeSvg } from './badge-svg.ts';
export type { RenderBadgeSvgOptions } from './badge-svg.ts';
export { COLOUR_SCALE, LABEL_COLOUR, NOT_SCORED_COLOUR, TEXT_COLOUR, TONE_COLOURS, scoreColour, toneColour } from './colour-scale.ts';
export type { ColourStep, Tone } from './colour-scale.ts';
export { contrastRatio, relativeLuminance } from './contrast.ts';
export { toEndpointJson } from './endpoint-json.ts';
export type { EndpointJson } from './endpoint-json.ts';
export { loadInterFonts } from './font.ts';
export type { InterFontFile, InterSubset, InterWeight } from './font.ts';
export { renderSocialCardPng, renderSocialCardSvg, socialCardFonts } from './social-card.ts';
export { SOCIAL_CARD, socialCardLayout } from './social-card-layout.ts';
export type { CardElement, CardStat, SocialCardInput } from './social-card-layout.ts';
export { textWidth } from './text-width.ts';
export type { TextWidthOptions } from './text-width.ts';
export { ELLIPSIS, middleTruncateToWidth, truncateToWidth } from './truncate.ts';
export { el, renderXml } from './xml.ts';
export type { XmlElement, XmlNode } from './xml.ts';
