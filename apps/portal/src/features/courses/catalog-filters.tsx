import { courseTopics, locales } from '@gorod/sdk';
import { useIntl } from 'react-intl';
import { FilterForm, FilterSelect, messageOptions } from '../../ui/filter-form';
import type { useCatalogFilters } from './use-catalog-filters';

/** Search, the forum's topics and the course's language; the search follows the address after a pause. */
export function CatalogFilters({ state }: { state: ReturnType<typeof useCatalogFilters> }) {
  const intl = useIntl();
  const { filters, setFilters } = state;
  return (
    <FilterForm
      state={state}
      label="courses.filter.label"
      search={{ field: 'search', label: 'courses.filter.search', placeholder: 'courses.filter.searchPlaceholder', name: 'q', enterKeyHint: 'search' }}
      resetLabel="courses.filter.reset"
    >
      <FilterSelect
        label="courses.filter.topic"
        anyLabel="courses.filter.anyTopic"
        value={filters.topic}
        options={messageOptions(intl, courseTopics, (topic) => `courses.topic.${topic}`)}
        onChange={(topic) => setFilters({ topic })}
      />
      <FilterSelect
        label="courses.filter.language"
        anyLabel="courses.filter.anyLanguage"
        value={filters.language}
        options={messageOptions(intl, locales, (language) => `program.language.${language}`)}
        onChange={(language) => setFilters({ language })}
      />
    </FilterForm>
  );
}
