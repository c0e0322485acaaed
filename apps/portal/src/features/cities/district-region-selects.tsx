import { type FederalDistrict, federalDistricts, localizedName } from '@gorod/sdk';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { type MessageId, useLocale } from '../../i18n/i18n-provider';
import { FilterSelect, messageOptions } from '../../ui/filter-form';
import { useRegions } from './queries';

type Where = { federalDistrict: FederalDistrict | undefined; region: string | undefined };

interface DistrictRegionSelectsProps {
  /** A page's address-bound filters (`useUrlFilters`) with a district and a region among them. */
  state: { filters: Where; setFilters: (patch: Partial<Where>) => void };
  /** Message ids of the region select: its label and "any region". */
  regionLabel: MessageId;
  anyRegion: MessageId;
}

/** A federal district, then a region of it: the region list follows the district, sorted in the reader's language. */
export function DistrictRegionSelects({ state, regionLabel, anyRegion }: DistrictRegionSelectsProps) {
  const { federalDistrict: district, region } = state.filters;
  const { setFilters } = state;
  const intl = useIntl();
  const { locale } = useLocale();
  const regions = useRegions();

  const regionOptions = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (regions.data?.list ?? [])
      .filter((each) => !district || each.federalDistrict === district)
      .map((each) => ({ value: each.id, label: localizedName(each.name, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [regions.data, district, locale]);

  const chooseDistrict = (federalDistrict: FederalDistrict | undefined) => {
    const chosen = region ? regions.data?.byId.get(region) : undefined;
    // A region outside the new district would leave the list empty: drop it.
    const keepRegion = !federalDistrict || chosen?.federalDistrict === federalDistrict;
    setFilters({ federalDistrict, ...(keepRegion ? {} : { region: undefined }) });
  };

  return (
    <>
      <FilterSelect
        name="district"
        label="cities.filter.district.label"
        anyLabel="cities.filter.district.all"
        value={district}
        options={messageOptions(intl, federalDistricts, (each) => `cities.district.${each}`)}
        onChange={chooseDistrict}
      />
      <FilterSelect name="region" label={regionLabel} anyLabel={anyRegion} value={region} options={regionOptions} onChange={(chosen) => setFilters({ region: chosen })} />
    </>
  );
}
