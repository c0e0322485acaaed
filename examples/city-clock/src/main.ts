/**
 * Who is coming to the forum, and what time is it at home for them?
 *
 *   npm start                                   # in the repo root, in another terminal
 *   npm run build -w @gorod/example-city-clock
 *   node examples/city-clock/dist/main.js http://localhost:3000 en
 */
import { cityLocalTime, createGorodClient, type Locale, LocaleSchema, localizedName, toGorodError } from '@gorod/sdk';

const [url = 'http://localhost:3000', localeArg = 'ru'] = process.argv.slice(2);
const locale: Locale = LocaleSchema.catch('ru').parse(localeArg);
const gorod = createGorodClient({ url });

try {
  const edition = await gorod.editions.current.query();
  const delegations = await gorod.delegations.list.query({ editionId: edition.id });
  const now = new Date();
  console.log(`${localizedName(edition.title, locale)} — ${edition.startDate}…${edition.endDate}`);
  for (const delegation of delegations) {
    const city = await gorod.cities.get.query({ id: delegation.cityId });
    const name = localizedName(city.name, locale).padEnd(24);
    console.log(`${name} ${cityLocalTime(city, now, locale)}  ${delegation.membersCount} × ${localizedName(delegation.headName, locale)}`);
  }
} catch (error) {
  const failure = toGorodError(error);
  console.error(`${failure.code}: ${failure.message}`);
  process.exitCode = 1;
}
