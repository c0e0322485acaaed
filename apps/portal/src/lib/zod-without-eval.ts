import { z } from 'zod';

// The server's Content-Security-Policy forbids eval. zod compiles a fast parser with `new Function` for
// every object schema unless told not to, and merely probing for it makes the browser report a
// violation. This must run before any schema is created, so main.tsx imports it first.
z.config({ jitless: true });
