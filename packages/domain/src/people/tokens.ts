import { z } from 'zod';
import { text } from '../text.js';

/** What an API token may be used for. A procedure names the scope it needs; a token without it is refused. */
export const tokenScopes = ['program:read', 'catalog:read', 'enrollments:write', 'progress:read', 'profile:read'] as const;
export const TokenScopeSchema = z.enum(tokenScopes);
export type TokenScope = z.infer<typeof TokenScopeSchema>;

export const ApiTokenSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  scopes: z.array(TokenScopeSchema),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const ApiTokenCreateInputSchema = z.strictObject({
  name: text({ min: 1, max: 100 }),
  scopes: z.array(TokenScopeSchema).min(1).max(tokenScopes.length),
});
export type ApiTokenCreateInput = z.infer<typeof ApiTokenCreateInputSchema>;

export const ApiTokenRevokeInputSchema = z.strictObject({ id: text({ min: 1, max: 64 }) });
