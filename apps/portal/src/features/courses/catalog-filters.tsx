import { courseTopics, locales } from '@gorod/sdk';
import { useCallback, useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAddressSearch } from '../../lib/use-address-search';
import type { CatalogFilters as Filters } from './use-catalog-filters';

interface CatalogFiltersProps {
  filters: Filters;
  onChange: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
  onReset: () => void;
}

/** Search, the forum's topics and the course's language; the search follows the address after a pause. */
export function CatalogFilters({ filters, onChange, onReset }: CatalogFiltersProps) {
  const intl = useIntl();
  const ids = { search: useId(), topic: useId(), language: useId() };
  const commitSearch = useCallback((search: string) => onChange({ search }, { replace: true }), [onChange]);
  const [text, setText, commitNow] = useAddressSearch(filters.search, commitSearch);
  const filtered = filters.search !== '' || filters.topic || filters.language;

  return (
    <search aria-label={intl.formatMessage({ id: 'courses.filter.label' })}>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          commitNow();
        }}
      >
        <div className="field field--search">
          <label htmlFor={ids.search}>
            <FormattedMessage id="courses.filter.search" />
          </label>
          <input
            id={ids.search}
            type="search"
            name="q"
            value={text}
            maxLength={100}
            autoComplete="off"
            enterKeyHint="search"
            placeholder={intl.formatMessage({ id: 'courses.filter.searchPlaceholder' })}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.topic}>
            <FormattedMessage id="courses.filter.topic" />
          </label>
          <select id={ids.topic} value={filters.topic ?? ''} onChange={(event) => onChange({ topic: event.target.value as never })}>
            <option value="">{intl.formatMessage({ id: 'courses.filter.anyTopic' })}</option>
            {courseTopics.map((topic) => (
              <option key={topic} value={topic}>
                {intl.formatMessage({ id: `courses.topic.${topic}` })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.language}>
            <FormattedMessage id="courses.filter.language" />
          </label>
          <select id={ids.language} value={filters.language ?? ''} onChange={(event) => onChange({ language: event.target.value as never })}>
            <option value="">{intl.formatMessage({ id: 'courses.filter.anyLanguage' })}</option>
            {locales.map((language) => (
              <option key={language} value={language}>
                {intl.formatMessage({ id: `program.language.${language}` })}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" className="button button--secondary filters__reset" onClick={onReset}>
            <FormattedMessage id="courses.filter.reset" />
          </button>
        )}
      </form>
    </search>
  );
}
