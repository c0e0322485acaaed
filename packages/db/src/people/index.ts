export * from './api-tokens.js';
export * from './audit.js';
export * from './link-tokens.js';
export * from './mail.js';
export * from './sessions.js';
export * from './sign-in-failures.js';
export * from './trusted-devices.js';
export * from './users.js';
