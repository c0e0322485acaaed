import { type DelegationDirectoryEntry, localizedName } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { CityClock } from '../cities/city-clock';
import { districtOrCountry, regionName } from '../cities/region-label';

/** One delegation: its city (linked to the city page), region, head, size and the city's local time. */
export function DelegationRow({ entry, forumTimeZone }: { entry: DelegationDirectoryEntry; forumTimeZone: string | undefined }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { city, region, delegation } = entry;
  return (
    <li className="city-row delegation-row" data-testid="delegation-row" data-city-id={city.id}>
      <div className="city-row__place">
        <Link className="city-row__name" to={`/cities/${city.id}`}>
          {localizedName(city.name, locale)}
        </Link>
        <span className="city-row__region">
          {regionName(region, locale)}
          <span className="city-row__district"> · {districtOrCountry(region, intl, locale)}</span>
        </span>
        <span className="delegation-row__head" data-testid="delegation-head">
          <FormattedMessage
            id="delegations.row.head"
            values={{ name: localizedName(delegation.headName, locale), position: localizedName(delegation.headPosition, locale) }}
          />
        </span>
      </div>
      <span className="city-row__population" data-testid="delegation-members" data-linked={entry.linkedMembersCount}>
        <FormattedMessage id="delegations.row.members" values={{ count: delegation.membersCount }} />
        <span className="delegation-row__linked">
          {' '}
          <FormattedMessage id="delegations.row.linked" values={{ count: entry.linkedMembersCount }} />
        </span>
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
