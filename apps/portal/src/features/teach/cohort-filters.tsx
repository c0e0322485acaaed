import { type FederalDistrict, federalDistricts, localizedName } from '@gorod/sdk';
import { useCallback, useId, useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { useAddressSearch } from '../../lib/use-address-search';
import { useRegions } from '../cities/queries';
import type { CohortFilters } from './use-cohort-filters';

interface Props {
  filters: CohortFilters;
  cohorts: readonly { id: string; name: string }[];
  onChange: (patch: Partial<CohortFilters>, options?: { replace?: boolean }) => void;
}

/** Cohort, federal district, region and a name search; all in the address. */
export function CohortTableFilters({ filters, cohorts, onChange }: Props) {
  const intl = useIntl();
  const { locale } = useLocale();
  const ids = { search: useId(), cohort: useId(), district: useId(), region: useId() };
  const regions = useRegions();
  const commitSearch = useCallback((search: string) => onChange({ search }, { replace: true }), [onChange]);
  const [text, setText, commitNow] = useAddressSearch(filters.search, commitSearch);
  const regionOptions = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (regions.data?.list ?? [])
      .filter((region) => !filters.federalDistrict || region.federalDistrict === filters.federalDistrict)
      .map((region) => ({ id: region.id, name: localizedName(region.name, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [regions.data, filters.federalDistrict, locale]);

  const chooseDistrict = (value: string) => {
    const federalDistrict = federalDistricts.find((d) => d === value) as FederalDistrict | undefined;
    const region = filters.regionId ? regions.data?.byId.get(filters.regionId) : undefined;
    // A region outside the new district would leave the table empty: drop it.
    onChange({ federalDistrict, ...(!federalDistrict || region?.federalDistrict === federalDistrict ? {} : { regionId: undefined }) });
  };

  return (
    <search aria-label={intl.formatMessage({ id: 'teach.table.filters' })}>
      <form
        className="filters filters--cohort"
        onSubmit={(event) => {
          event.preventDefault();
          commitNow();
        }}
      >
        <div className="field field--search">
          <label htmlFor={ids.search}>
            <FormattedMessage id="teach.table.search" />
          </label>
          <input id={ids.search} type="search" value={text} maxLength={100} autoComplete="off" onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.cohort}>
            <FormattedMessage id="teach.table.cohort" />
          </label>
          <select id={ids.cohort} value={filters.cohortId ?? ''} onChange={(event) => onChange({ cohortId: event.target.value || undefined })}>
            <option value="">{intl.formatMessage({ id: 'teach.table.allCohorts' })}</option>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.district}>
            <FormattedMessage id="cities.filter.district.label" />
          </label>
          <select id={ids.district} value={filters.federalDistrict ?? ''} onChange={(event) => chooseDistrict(event.target.value)}>
            <option value="">{intl.formatMessage({ id: 'cities.filter.district.all' })}</option>
            {federalDistricts.map((district) => (
              <option key={district} value={district}>
                {intl.formatMessage({ id: `cities.district.${district}` })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.region}>
            <FormattedMessage id="teach.table.region" />
          </label>
          <select id={ids.region} value={filters.regionId ?? ''} onChange={(event) => onChange({ regionId: event.target.value || undefined })}>
            <option value="">{intl.formatMessage({ id: 'teach.table.allRegions' })}</option>
            {regionOptions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
      </form>
    </search>
  );
}
