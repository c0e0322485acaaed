export * from './api.js';
export * from './cities/local-time.js';
export * from './cities/schemas.js';
export * from './cities/search.js';
export * from './errors.js';
export * from './forum/current-edition.js';
export * from './forum/schemas.js';
export * from './locale.js';
