import { type City, localizedName, type Region } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { CityClock } from './city-clock';
import { districtOrCountry, regionName } from './region-label';

interface CityRowProps {
  city: City;
  region: Region | undefined;
  forumTimeZone: string | undefined;
}

export function CityRow({ city, region, forumTimeZone }: CityRowProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  return (
    <li className="city-row" data-testid="city-row" data-city-id={city.id}>
      <div className="city-row__place">
        <Link className="city-row__name" to={`/cities/${city.id}`}>
          {localizedName(city.name, locale)}
        </Link>
        {region && (
          <span className="city-row__region">
            {regionName(region, locale)}
            <span className="city-row__district"> · {districtOrCountry(region, intl, locale)}</span>
          </span>
        )}
      </div>
      <span className="city-row__population">
        <FormattedMessage id="cities.population" values={{ count: city.population }} />
      </span>
      <span className="city-row__time">
        <span className="visually-hidden">
          <FormattedMessage id="cities.localTime.label" />:{' '}
        </span>
        <CityClock timeZone={city.timeZone} forumTimeZone={forumTimeZone} compact />
      </span>
    </li>
  );
}
