import { findCity, listCities } from '@gorod/db';
import { type City, CityGetInputSchema, CityListInputSchema, type CityPage, GorodError, issue } from '@gorod/domain';
import { publicProcedure, router } from '../trpc.js';

export const citiesRouter = router({
  /** A page of the directory, largest first; search matches ru/en/zh names, ignores case, ё = е. Public. */
  list: publicProcedure
    .input(CityListInputSchema)
    .query(({ ctx, input }): Promise<CityPage> => listCities(ctx.db, input)),

  /** One city by id. Public. */
  get: publicProcedure.input(CityGetInputSchema).query(async ({ ctx, input }): Promise<City> => {
    const city = await findCity(ctx.db, input.id);
    if (!city) throw new GorodError('NOT_FOUND', 'No city with this id', [issue(['id'], 'not_found', 'No city with this id')]);
    return city;
  }),
});
