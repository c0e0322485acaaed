import { FormattedMessage } from 'react-intl';
import { PageHeader } from '../../ui/page-header';
import { NoMatches } from '../../ui/no-matches';
import { QueryState } from '../../ui/query-state';
import { CatalogFilters } from './catalog-filters';
import { CourseCard } from './course-card';
import { useCatalog } from './queries';
import { useCatalogFilters } from './use-catalog-filters';
import './courses.css';

/** `/courses`: the public catalog, filtered by the forum's topics, searched and narrowed by language (in the address). */
export function CatalogPage() {
  const catalogFilters = useCatalogFilters();
  const { filters, resetFilters } = catalogFilters;
  const catalog = useCatalog({
    ...(filters.topic ? { topic: filters.topic } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.language ? { language: filters.language } : {}),
  });
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="courses.catalog.title" />} lead={<FormattedMessage id="courses.catalog.lead" />} />
      <CatalogFilters state={catalogFilters} />
      <QueryState
        query={catalog}
        isEmpty={(data) => data.items.length === 0}
        empty={<NoMatches testId="catalog-empty" title="courses.catalog.empty" resetLabel="courses.filter.reset" onReset={resetFilters} />}
      >
        {(data) => (
          <section aria-labelledby="catalog-list-title">
            <h2 id="catalog-list-title" className="list-summary" aria-live="polite">
              <FormattedMessage id="courses.catalog.shown" values={{ count: data.items.length }} />
            </h2>
            <ul className="course-list" data-testid="course-list" aria-busy={catalog.isPlaceholderData}>
              {data.items.map((course) => (
                <CourseCard key={course.id} course={course} />
              ))}
            </ul>
          </section>
        )}
      </QueryState>
    </div>
  );
}
