import { findCity, findUser, updateUser } from '@gorod/db';
import { GorodError, issue, notFound, ProfileUpdateInputSchema, type User } from '@gorod/domain';
import { router, signedInProcedure } from '../trpc.js';

export const profileRouter = router({
  /** Changes the signed-in user's own name, city, position, language or time zone. Browser session only. */
  update: signedInProcedure()
    .input(ProfileUpdateInputSchema)
    .mutation(async ({ ctx, input }): Promise<User> => {
      if (input.cityId && !(await findCity(ctx.db, input.cityId))) {
        throw new GorodError('INVALID_INPUT', 'Some fields need attention', [issue(['cityId'], 'not_found', 'No city with this id in the directory')]);
      }
      await updateUser(ctx.db, ctx.actor.userId, input);
      const user = await findUser(ctx.db, ctx.actor.userId);
      if (!user) throw notFound('user');
      return user;
    }),
});
