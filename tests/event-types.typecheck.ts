/**
 * Type checks of the events and options as host code uses them; `npm test` type-checks
 * this file and never runs it. Each `@ts-expect-error` fails the check if its
 * line stops being an error.
 */
import { ScGrowthBars, ScIndicatorCard, ScScorecard, type ScElement, type ScorecardDocument } from '../src/index.js';

declare const card: ScIndicatorCard;
declare const bars: ScGrowthBars;
declare const scorecard: ScScorecard;

// One document from a card or a scorecard, read without narrowing.
card.addEventListener('sc-load', (event) => event.detail.id.toUpperCase());
card.addEventListener('sc-load', function (event) {
  this.indicator = event.detail.indicators?.[0]?.id;
});
card.addEventListener('sc-load', { handleEvent: (event) => event.detail.region });
scorecard.removeEventListener('sc-load', (event) => event.detail.version);
// An array from the growth bars, which can compare several.
bars.addEventListener('sc-load', (event) => event.detail.map((document) => document.id));
// @ts-expect-error: a card sends one document, not an array
card.addEventListener('sc-load', (event: CustomEvent<ScorecardDocument[]>) => event.detail.length);
// @ts-expect-error: the growth bars send an array
bars.addEventListener('sc-load', (event) => event.detail.id);

// Other events keep their DOM types, and the page-wide union still needs narrowing.
card.addEventListener('sc-error', (event) => event.detail.errors[0]?.path);
card.addEventListener('click', (event) => event.clientX);
card.addEventListener('custom-thing', (event) => event.type);
document.addEventListener('sc-load', (event) => [event.detail].flat().map((document) => document.id));
// @ts-expect-error: on the document it may come from the growth bars
document.addEventListener('sc-load', (event) => event.detail.id);

// Every element is still an ScElement, for code that keeps them together.
export const widgets: ScElement<unknown>[] = [card, bars, scorecard];

// Under exactOptionalPropertyTypes (set in tsconfig.json, as the strictest apps set it), an option
// is cleared with undefined, and a document's optional field may be given as undefined.
card.indicator = undefined;
bars.reference = undefined;
declare const maybe: 'nearly' | undefined;
export const indicator: NonNullable<ScorecardDocument['indicators']>[number] = { id: 'x', label: 'x', value: 1, qualifier: maybe };
