export * from './people.js';
export * from './reports.js';
export * from './hot-spots.js';
export * from './zalo.js';
export * from './sends.js';
export * from './sandbox.js';
export * from './reporting.js';
export * from './polls.js';
