/**
 * The path under which a Gorod server answers tRPC calls. A client is given the server's address as a
 * person copies it from the browser and appends this.
 */
export const apiPath = '/api/trpc';
