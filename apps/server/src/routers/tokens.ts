import { insertApiToken, listApiTokens, revokeApiToken } from '@gorod/db';
import { type ApiToken, ApiTokenCreateInputSchema } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import { API_TOKEN_PREFIX } from '../auth/actor.js';
import { audit } from '../auth/audit.js';
import { newSecret, sha256 } from '../auth/secrets.js';
import { tokenProcedure } from '../procedures/people.js';
import { router, signedInProcedure } from '../trpc.js';

// Tokens are managed from a browser session only: a leaked token must not be able to mint more.
export const tokensRouter = router({
  /** The signed-in user's own tokens, without their secrets. */
  list: signedInProcedure().query(({ ctx }): Promise<ApiToken[]> => listApiTokens(ctx.db, ctx.actor.userId)),

  /** Creates a token with the given scopes; its secret is in the answer and nowhere else, ever. */
  create: signedInProcedure()
    .input(ApiTokenCreateInputSchema)
    .mutation(async ({ ctx, input }): Promise<{ token: ApiToken; secret: string }> => {
      const id = uuidv7();
      const secret = newSecret();
      const createdAt = ctx.now().toISOString();
      const scopes = [...new Set(input.scopes)];
      await insertApiToken(ctx.db, { id, userId: ctx.actor.userId, name: input.name, scopes, secretHash: sha256(secret), createdAt });
      await audit(ctx.db, ctx, 'tokens.created', { subjectUserId: ctx.actor.userId }, { tokenId: id, scopes: scopes.join(',') });
      return {
        token: { id, name: input.name, scopes, createdAt, lastUsedAt: null, revokedAt: null },
        secret: `${API_TOKEN_PREFIX}${id}.${secret}`,
      };
    }),

  /** Revokes one of the user's own tokens; another user's token is NOT_FOUND, as if it did not exist. */
  revoke: tokenProcedure.mutation(async ({ ctx }): Promise<{ ok: true }> => {
    await revokeApiToken(ctx.db, ctx.token.userId, ctx.token.id, ctx.now().toISOString());
    await audit(ctx.db, ctx, 'tokens.revoked', { subjectUserId: ctx.token.userId }, { tokenId: ctx.token.id });
    return { ok: true };
  }),
});
