/**
 * Review of a transcript: the sidecar format, anchoring passages, the reviewer's edits and speaker map.
 * Pure core: the extension and the CLI use it.
 */
export * from './types';
export * from './sidecar';
export { anchorPassage, anchorPassages, AnchorContext, selectorsFor, settledPassage, similarityOf, CONTEXT_LENGTH } from './anchor';
export { followEdits, type OffsetChange } from './follow';
export * from './edits';
export * from './speakers';
export { compareReviewPassages } from './order';
export { writeAtomically as writeFileAtomically, temporaryPathFor, isTemporaryOf, recoverableTemporary, type AtomicWriteOps, type TemporaryFile } from './atomicWrite';
