import { findCity, listCities } from '@gorod/db';
import { type City, CityGetInputSchema, CityListInputSchema, type CityPage, notFound } from '@gorod/domain';
import { publicProcedure, router } from '../trpc.js';

export const citiesRouter = router({
  /** A page of the directory, largest first; search matches ru/en/zh names, ignores case, ё = е. Public. */
  list: publicProcedure
    .input(CityListInputSchema)
    .query(({ ctx, input }): Promise<CityPage> => listCities(ctx.db, input)),

  /** One city by id. Public. */
  get: publicProcedure.input(CityGetInputSchema).query(async ({ ctx, input }): Promise<City> => {
    const city = await findCity(ctx.db, input.id);
    if (!city) throw notFound('city', ['id']);
    return city;
  }),
});
