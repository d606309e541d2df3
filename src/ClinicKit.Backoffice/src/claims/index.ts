export * from './types.js';
export * from './rules.js';
export { blocksInLayoutOrder, invariantValue, type BlockData, type BlockValueEntry } from './block-value.js';
export * from './detection.js';
export * from './make-claim.js';
