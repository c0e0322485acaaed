import { type FederalDistrict, federalDistricts, localizedName } from '@gorod/sdk';
import { useCallback, useId, useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import type { CityFilters } from './use-city-filters';
import type { RegionIndex } from './queries';
import { useAddressSearch } from '../../lib/use-address-search';


interface DirectoryFiltersProps {
  filters: CityFilters;
  regions: RegionIndex | undefined;
  onChange: (patch: Partial<CityFilters>, options?: { replace?: boolean }) => void;
  onReset: () => void;
}

export function DirectoryFilters({ filters, regions, onChange, onReset }: DirectoryFiltersProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const ids = { search: useId(), district: useId(), region: useId() };

  const commitSearch = useCallback((search: string) => onChange({ search }, { replace: true }), [onChange]);
  const [text, setText, commitTextNow] = useAddressSearch(filters.search, commitSearch);

  const regionOptions = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (regions?.list ?? [])
      .filter((region) => !filters.federalDistrict || region.federalDistrict === filters.federalDistrict)
      .map((region) => ({ id: region.id, name: localizedName(region.name, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [regions, filters.federalDistrict, locale]);

  const chooseDistrict = (value: string) => {
    const federalDistrict = federalDistricts.find((d) => d === value) as FederalDistrict | undefined;
    const region = filters.region ? regions?.byId.get(filters.region) : undefined;
    // A region outside the new district would leave an empty list: drop it.
    const keepRegion = !federalDistrict || region?.federalDistrict === federalDistrict;
    onChange({ federalDistrict, ...(keepRegion ? {} : { region: undefined }) });
  };

  const filtered = filters.search !== '' || filters.federalDistrict || filters.region;

  return (
    <search aria-label={intl.formatMessage({ id: 'cities.filter.label' })}>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          commitTextNow();
        }}
      >
        <div className="field field--search">
          <label htmlFor={ids.search}>
            <FormattedMessage id="cities.filter.search.label" />
          </label>
          <input
            id={ids.search}
            type="search"
            name="q"
            value={text}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            placeholder={intl.formatMessage({ id: 'cities.filter.search.placeholder' })}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.district}>
            <FormattedMessage id="cities.filter.district.label" />
          </label>
          <select id={ids.district} name="district" value={filters.federalDistrict ?? ''} onChange={(e) => chooseDistrict(e.target.value)}>
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
            <FormattedMessage id="cities.filter.region.label" />
          </label>
          <select
            id={ids.region}
            name="region"
            value={filters.region ?? ''}
            onChange={(e) => onChange({ region: e.target.value || undefined })}
          >
            <option value="">{intl.formatMessage({ id: 'cities.filter.region.all' })}</option>
            {regionOptions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" className="button button--secondary filters__reset" onClick={onReset}>
            <FormattedMessage id="cities.filter.reset" />
          </button>
        )}
      </form>
    </search>
  );
}
