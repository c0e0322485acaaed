import { locales, sessionKinds } from '@gorod/sdk';
import { useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { FilterForm, FilterSelect, messageOptions } from '../../ui/filter-form';
import { type Indexed, localized } from './queries';
import type { useProgramFilters } from './use-program-filters';

type Named = { id: string; name: { ru: string; en?: string | undefined; zh?: string | undefined } };

interface ProgramFiltersProps {
  state: ReturnType<typeof useProgramFilters>;
  tracks: Indexed<Named> | undefined;
  rooms: Indexed<Named> | undefined;
}

/** Search and the four filters of the program; the search follows the address after a pause in typing. */
export function ProgramFilters({ state, tracks, rooms }: ProgramFiltersProps) {
  const intl = useIntl();
  const { filters, setFilters } = state;
  const { locale } = useLocale();
  const named = (indexed: Indexed<Named> | undefined) => (indexed?.list ?? []).map((each) => ({ value: each.id, label: localized(each.name, locale) }));

  return (
    <FilterForm
      state={state}
      label="program.filter.label"
      variant="filters--program"
      search={{
        field: 'query',
        label: 'program.filter.search',
        placeholder: 'program.filter.searchPlaceholder',
        name: 'q',
        maxLength: 200,
        enterKeyHint: 'search',
      }}
      resetLabel="program.filter.reset"
    >
      <FilterSelect
        label="program.filter.track"
        anyLabel="program.filter.any"
        value={filters.trackId}
        options={named(tracks)}
        onChange={(trackId) => setFilters({ trackId })}
      />
      <FilterSelect label="program.filter.room" anyLabel="program.filter.any" value={filters.roomId} options={named(rooms)} onChange={(roomId) => setFilters({ roomId })} />
      <FilterSelect
        label="program.filter.kind"
        anyLabel="program.filter.any"
        value={filters.kind}
        options={messageOptions(intl, sessionKinds, (kind) => `program.kind.${kind}`)}
        onChange={(kind) => setFilters({ kind })}
      />
      <FilterSelect
        label="program.filter.language"
        anyLabel="program.filter.any"
        value={filters.language}
        options={messageOptions(intl, locales, (language) => `program.language.${language}`)}
        onChange={(language) => setFilters({ language })}
      />
    </FilterForm>
  );
}
