import { FormattedMessage } from 'react-intl';
import { useFormatInstant } from '../../lib/use-format-instant';
import { QueryState } from '../../ui/query-state';
import { useVersions } from './queries';

/** Every version, newest first: its state, when it was published, its size and how many learners study it. */
export function VersionsList({ courseId }: { courseId: string }) {
  const versions = useVersions(courseId);
  const format = useFormatInstant();
  return (
    <section className="teach-section" aria-labelledby="versions-title">
      <h2 id="versions-title">
        <FormattedMessage id="teach.versions.title" />
      </h2>
      <QueryState query={versions}>
        {(list) => (
          <ul className="entity-list" data-testid="versions">
            {list.map((version) => (
              <li key={version.number} data-testid="version" data-status={version.status}>
                <span>
                  <strong>
                    <FormattedMessage id="teach.versions.number" values={{ version: version.number }} />
                  </strong>{' '}
                  <span className={version.status === 'published' ? 'badge badge--ok' : 'badge badge--muted'}>
                    <FormattedMessage id={`teach.versions.status.${version.status}`} />
                  </span>
                </span>
                <span className="muted">
                  <FormattedMessage
                    id="teach.versions.facts"
                    values={{ modules: version.modulesCount, items: version.itemsCount, learners: version.learners }}
                  />
                  {version.publishedAt && <> · {format(version.publishedAt)}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
