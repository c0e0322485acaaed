import { type AuditEvent, type AuditEventName, auditEventNames } from '@gorod/sdk';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormatInstant } from '../../lib/use-format-instant';
import { hasMessage } from '../../ui/issue-text';
import { ListMore } from '../../ui/list-more';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, QueryState } from '../../ui/query-state';
import { auditDetailText } from './detail-text';
import { useAuditLog } from './queries';
import { withStaffMessages } from '../../i18n/staff-messages';

/** `/audit` (organizers): security-relevant events, newest first, in the reader's time zone. */
function AuditPageContent() {
  const intl = useIntl();
  const filterId = useId();
  const [event, setEvent] = useState<AuditEventName | ''>('');
  const log = useAuditLog(event);
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
      <QueryState
        query={log}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={
          <EmptyState testId="audit-empty">
            <FormattedMessage id="audit.empty" />
          </EmptyState>
        }
      >
        {(data) => (
          <>
            <ol className="item-list audit-list" data-testid="audit-list" aria-busy={log.isPlaceholderData || log.isFetchingNextPage}>
              {data.pages
                .flatMap((page) => page.items)
                .map((item) => (
                  <AuditRow key={item.id} item={item} />
                ))}
            </ol>
            <ListMore query={log} />
          </>
        )}
      </QueryState>
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
                <dd className="audit-row__detail" data-detail={key}>
                  {auditDetailText(intl, key, value)}
                </dd>
              </div>
            );
          })}
        </dl>
      </div>
    </li>
  );
}

export const AuditPage = withStaffMessages(AuditPageContent);
