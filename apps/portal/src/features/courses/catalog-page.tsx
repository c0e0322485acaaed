import { FormattedMessage } from 'react-intl';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, QueryState } from '../../ui/query-state';
import { CatalogFilters } from './catalog-filters';
import { CourseCard } from './course-card';
import { useCatalog } from './queries';
import { useCatalogFilters } from './use-catalog-filters';
import './courses.css';

/** `/courses`: the public catalog, filtered by the forum's topics, searched and narrowed by language (in the address). */
export function CatalogPage() {
  const { filters, setFilters, resetFilters } = useCatalogFilters();
  const catalog = useCatalog({
    ...(filters.topic ? { topic: filters.topic } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.language ? { language: filters.language } : {}),
  });
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="courses.catalog.title" />} lead={<FormattedMessage id="courses.catalog.lead" />} />
      <CatalogFilters filters={filters} onChange={setFilters} onReset={resetFilters} />
      <QueryState
        query={catalog}
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState testId="catalog-empty">
            <p className="empty-state__title">
              <FormattedMessage id="courses.catalog.empty" />
            </p>
            <button type="button" className="button button--secondary" onClick={resetFilters}>
              <FormattedMessage id="courses.filter.reset" />
            </button>
          </EmptyState>
        }
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
