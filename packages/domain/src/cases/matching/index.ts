/**
 * Duplicate matching of victim records (verifikasi dan clearing): pure rules, no I/O. The
 * labelled synthetic set and its evaluation are imported by path (tests, bench), so their name
 * lists stay out of the web bundle.
 */
export * from './blocking.js';
export * from './clearing-schemas.js';
export * from './compare-victims.js';
export * from './evidence.js';
export * from './field-levels.js';
export * from './field-texts.js';
export * from './match-weights.js';
export * from './name-evidence.js';
export * from './name-match.js';
export * from './nik-facts.js';
export * from './part-frequency.js';
export * from './string-similarity.js';
export * from './victim-record.js';
