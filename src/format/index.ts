export * from './number.js';
export * from './text.js';
export * from './measure.js';
export * from './change.js';
export * from './target.js';
export * from './tone.js';
