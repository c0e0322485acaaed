import { type City, type ForumEdition, type Locale, locales, localizedName, utcOffsetMinutes } from '@gorod/sdk';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { useMinuteClock } from '../../lib/use-minute-clock';
import { ErrorMessage } from '../../ui/error-message';
import { QueryState } from '../../ui/query-state';
import { useCurrentEdition, useDelegations } from '../forum/queries';
import { CityClock } from './city-clock';
import { districtOrCountry, regionName } from './region-label';
import { useCity, useRegions } from './queries';

/** `/cities/:id`: one city, its names, facts and delegation at the current forum. */
export function CityPage() {
  const { id = '' } = useParams();
  const city = useCity(id);
  return (
    <div className="page">
      <nav className="breadcrumbs">
        <Link to="/cities" className="back-link">
          <span aria-hidden="true">←</span>
          <FormattedMessage id="cities.page.back" />
        </Link>
      </nav>
      <QueryState query={city}>{(found) => <CityDetails city={found} />}</QueryState>
    </div>
  );
}

/** "Екатеринбург, стандартное время (UTC+5)": the zone as the browser names it in the reader's language. */
function zoneDescription(timeZone: string, now: Date, locale: Locale): string {
  const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' })
    .formatToParts(now)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = utcOffsetMinutes(timeZone, now);
  const hours = Math.trunc(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  const utc = `UTC${offset < 0 ? '−' : '+'}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
  return name ? `${name} (${utc})` : utc;
}

function CityDetails({ city }: { city: City }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const now = useMinuteClock();
  const regions = useRegions();
  const edition = useCurrentEdition();
  const region = regions.data?.byId.get(city.regionId);
  const { latitude, longitude } = city.coordinates;
  const degrees = (value: number) => intl.formatNumber(Math.abs(value), { minimumFractionDigits: 2, maximumFractionDigits: 4 });

  return (
    <article className="city" aria-labelledby="city-name">
      <header className="city__header">
        {region && <p className="city__eyebrow">{regionName(region, locale)}</p>}
        <h1 id="city-name" data-testid="city-name">
          {localizedName(city.name, locale)}
        </h1>
        {city.isAdministrativeCentre && (
          <p className="tag">
            <FormattedMessage id="cities.page.adminCentre" />
          </p>
        )}
      </header>

      <div className="city__grid">
        <section className="card" aria-labelledby="city-names-title">
          <h2 id="city-names-title" className="card__title">
            <FormattedMessage id="cities.page.names" />
          </h2>
          <dl className="facts" data-testid="city-names">
            {locales.map((language) =>
              city.name[language] ? (
                <div key={language} className="facts__row">
                  <dt>
                    <FormattedMessage id={`cities.page.lang.${language}`} />
                  </dt>
                  <dd lang={language}>{city.name[language]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </section>

        <section className="card" aria-labelledby="city-facts-title">
          <h2 id="city-facts-title" className="card__title">
            <FormattedMessage id="cities.page.facts" />
          </h2>
          <dl className="facts">
            {region && (
              <div className="facts__row">
                <dt>
                  <FormattedMessage id="cities.page.region" />
                </dt>
                <dd>{regionName(region, locale)}</dd>
              </div>
            )}
            {region && (
              <div className="facts__row">
                <dt>
                  <FormattedMessage id={region.federalDistrict ? 'cities.page.district' : 'cities.page.country'} />
                </dt>
                <dd>{districtOrCountry(region, intl, locale)}</dd>
              </div>
            )}
            <div className="facts__row">
              <dt>
                <FormattedMessage id="cities.page.population" />
              </dt>
              <dd data-testid="city-population">
                <FormattedNumber value={city.population} />
              </dd>
            </div>
            <div className="facts__row">
              <dt>
                <FormattedMessage id="cities.page.timeZone" />
              </dt>
              <dd>{zoneDescription(city.timeZone, now, locale)}</dd>
            </div>
            <div className="facts__row">
              <dt>
                <FormattedMessage id="cities.page.localTime" />
              </dt>
              <dd>
                <CityClock timeZone={city.timeZone} forumTimeZone={edition.data?.timeZone} />
              </dd>
            </div>
            <div className="facts__row">
              <dt>
                <FormattedMessage id="cities.page.coordinates" />
              </dt>
              <dd>
                <FormattedMessage
                  id="cities.page.coordinatesValue"
                  values={{
                    latitude: degrees(latitude),
                    longitude: degrees(longitude),
                    north: latitude >= 0 ? 'yes' : 'no',
                    east: longitude >= 0 ? 'yes' : 'no',
                  }}
                />
                <br />
                <a
                  href={`https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=11/${latitude}/${longitude}`}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  <FormattedMessage id="cities.page.map" />
                </a>
              </dd>
            </div>
          </dl>
        </section>

        {edition.isError ? (
          <ErrorMessage error={edition.error} />
        ) : edition.data ? (
          <DelegationCard cityId={city.id} edition={edition.data} />
        ) : null}
      </div>
    </article>
  );
}

function DelegationCard({ cityId, edition }: { cityId: string; edition: ForumEdition }) {
  const { locale } = useLocale();
  const delegations = useDelegations(edition.id, cityId);
  return (
    <section className="card card--delegation" aria-labelledby="delegation-title" data-testid="delegation">
      <h2 id="delegation-title" className="card__title">
        <FormattedMessage id="cities.delegation.title" />
      </h2>
      <p className="card__meta">{localizedName(edition.title, locale)}</p>
      <QueryState
        query={delegations}
        isEmpty={(list) => list.length === 0}
        empty={
          <p className="muted" data-testid="delegation-none">
            <FormattedMessage id="cities.delegation.none" />
          </p>
        }
      >
        {([delegation]) =>
          delegation && (
        <div className="delegation">
          <p className="delegation__members" data-testid="delegation-members">
            <FormattedMessage id="cities.delegation.members" values={{ count: delegation.membersCount }} />
          </p>
          <dl className="facts">
            <div className="facts__row">
              <dt>
                <FormattedMessage id="cities.delegation.head" />
              </dt>
              <dd>
                <span className="delegation__head" data-testid="delegation-head">
                  {localizedName(delegation.headName, locale)}
                </span>
                <br />
                <span className="delegation__position">{localizedName(delegation.headPosition, locale)}</span>
              </dd>
            </div>
          </dl>
        </div>
          )
        }
      </QueryState>
    </section>
  );
}
