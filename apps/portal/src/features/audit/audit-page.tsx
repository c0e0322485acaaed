import { type AuditEvent, type AuditEventName, auditEventNames } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useTRPC } from '../../lib/trpc';
import { ErrorMessage } from '../../ui/error-message';
import { hasMessage } from '../../ui/issue-text';
import { Spinner } from '../../ui/spinner';
import { useFormatInstant } from '../auth/use-format-instant';
import { PageHeader } from '../../ui/page-header';

const pageSize = 50;

function useAuditLog(event: AuditEventName | '') {
  const trpc = useTRPC();
  const input = { limit: pageSize, ...(event ? { event } : {}) };
  return useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
    placeholderData: keepPreviousData,
  });
}

/** `/audit` (organizers): security-relevant events, newest first, in the reader's time zone. */
export function AuditPage() {
  const intl = useIntl();
  const filterId = useId();
  const [event, setEvent] = useState<AuditEventName | ''>('');
  const log = useAuditLog(event);
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="audit.title" />} lead={<FormattedMessage id="audit.lead" />} />
      <div className="filters filters--single">
        <div className="field">
          <label htmlFor={filterId}>
            <FormattedMessage id="audit.filter.event" />
          </label>
          <select id={filterId} value={event} onChange={(e) => setEvent(e.target.value as AuditEventName | '')}>
            <option value="">{intl.formatMessage({ id: 'audit.filter.all' })}</option>
            {auditEventNames.map((name) => (
              <option key={name} value={name}>
                {intl.formatMessage({ id: `audit.event.${name}` })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {log.isPending ? (
        <Spinner />
      ) : log.isError && !log.isFetchNextPageError ? (
        <ErrorMessage error={log.error} onRetry={() => log.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty-state" data-testid="audit-empty">
          <FormattedMessage id="audit.empty" />
        </p>
      ) : (
        <>
          <ol className="item-list audit-list" data-testid="audit-list" aria-busy={log.isPlaceholderData || log.isFetchingNextPage}>
            {items.map((item) => (
              <AuditRow key={item.id} item={item} />
            ))}
          </ol>
          {log.isFetchNextPageError && <ErrorMessage error={log.error} onRetry={() => log.fetchNextPage()} />}
          {log.hasNextPage && (
            <div className="list-more">
              <button type="button" className="button button--secondary" disabled={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
                <FormattedMessage id={log.isFetchingNextPage ? 'common.loadingMore' : 'common.showMore'} />
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function AuditRow({ item }: { item: AuditEvent }) {
  const intl = useIntl();
  const formatInstant = useFormatInstant();
  const eventKey = `audit.event.${item.event}`;
  const who = (id: string | null, name: string | null) => {
    if (!id) return intl.formatMessage({ id: 'audit.nobody' });
    return name ?? `#${id.slice(-8)}`;
  };
  const details = Object.entries(item.details);
  return (
    <li className="item audit-row" data-testid="audit-row" data-event={item.event}>
      <div className="item__main">
        <p className="item__title">
          <span className={`badge badge--event badge--${item.event.split('.')[0]}`}>
            {hasMessage(intl, eventKey) ? intl.formatMessage({ id: eventKey }) : item.event}
          </span>
          <time dateTime={item.at} className="audit-row__time">
            {formatInstant(item.at, { dateStyle: 'medium', timeStyle: 'medium' })}
          </time>
        </p>
        <dl className="item__facts">
          <div>
            <dt>
              <FormattedMessage id="audit.actor" />
            </dt>
            <dd data-testid="audit-actor">{who(item.actorUserId, item.actorName)}</dd>
          </div>
          {item.subjectUserId && item.subjectUserId !== item.actorUserId && (
            <div>
              <dt>
                <FormattedMessage id="audit.subject" />
              </dt>
              <dd data-testid="audit-subject">{who(item.subjectUserId, item.subjectName)}</dd>
            </div>
          )}
          <div>
            <dt>
              <FormattedMessage id="audit.ip" />
            </dt>
            <dd>{item.ip ?? '—'}</dd>
          </div>
          {details.map(([key, value]) => {
            const detailKey = `audit.detail.${key}`;
            return (
              <div key={key}>
                <dt>{hasMessage(intl, detailKey) ? intl.formatMessage({ id: detailKey }) : key}</dt>
                <dd className="audit-row__detail">{value === null ? '—' : String(value)}</dd>
              </div>
            );
          })}
        </dl>
      </div>
    </li>
  );
}
