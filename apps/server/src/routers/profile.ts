import { findCity, findUser, updateUser } from '@gorod/db';
import { GorodError, issue, ProfileUpdateInputSchema, type User } from '@gorod/domain';
import { router, signedInProcedure } from '../trpc.js';

export const profileRouter = router({
  /** Changes the signed-in user's own name, city, position, language or time zone. Browser session only. */
  update: signedInProcedure()
    .input(ProfileUpdateInputSchema)
    .mutation(({ ctx, input }): Promise<User> =>
      ctx.db.transaction().execute(async (trx) => {
        if (input.cityId && !(await findCity(trx, input.cityId))) {
          throw new GorodError('INVALID_INPUT', 'Some fields need attention', [
            issue(['cityId'], 'not_found', 'No city with this id in the directory'),
          ]);
        }
        await updateUser(trx, ctx.actor.userId, input);
        const user = await findUser(trx, ctx.actor.userId);
        if (!user) throw new GorodError('NOT_FOUND', 'No such user');
        return user;
      }),
    ),
});
