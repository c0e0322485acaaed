export * from './courses.js';
export * from './items.js';
export * from './versions.js';
