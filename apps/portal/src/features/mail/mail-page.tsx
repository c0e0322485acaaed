import type { OutboxMail } from '@gorod/sdk';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { EmptyState, QueryState } from '../../ui/query-state';
import { useFormatInstant } from '../../lib/use-format-instant';
import { PageHeader } from '../../ui/page-header';
import { useOutbox } from './queries';
import { withStaffMessages } from '../../i18n/staff-messages';

/**
 * `/mail` (organizers): the outbox — to whom, what kind, whether it went out. Never a message's text: it
 * may hold someone's single-use link, which is theirs alone.
 */
function MailPageContent() {
  const intl = useIntl();
  const filterId = useId();
  const [text, setText] = useState('');
  const [limit, setLimit] = useState(20);
  const to = useDebouncedValue(text.trim());
  const outbox = useOutbox({ limit, to });
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="mail.title" />} lead={<FormattedMessage id="mail.lead" />} />
      <div className="filters filters--single">
        <div className="field">
          <label htmlFor={filterId}>
            <FormattedMessage id="mail.filter.to" />
          </label>
          <input
            id={filterId}
            type="search"
            inputMode="email"
            value={text}
            maxLength={254}
            placeholder={intl.formatMessage({ id: 'mail.filter.toPlaceholder' })}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </div>
      <QueryState
        query={outbox}
        isEmpty={(mails) => mails.length === 0}
        empty={
          <EmptyState testId="mail-empty">
            <FormattedMessage id="mail.empty" />
          </EmptyState>
        }
      >
        {(mails) => (
          <>
            <ol className="item-list" data-testid="mail-list" aria-busy={outbox.isPlaceholderData}>
              {mails.map((mail) => (
                <MailItem key={mail.id} mail={mail} />
              ))}
            </ol>
            {mails.length >= limit && (
              <div className="list-more">
                <button type="button" className="button button--secondary" onClick={() => setLimit((n) => Math.min(n + 20, 200))}>
                  <FormattedMessage id="common.showMore" />
                </button>
              </div>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

function MailItem({ mail }: { mail: OutboxMail }) {
  const formatInstant = useFormatInstant();
  return (
    <li className="item mail" data-testid="mail-item" data-to={mail.to}>
      <div className="item__main">
        <p className="item__title">{mail.subject}</p>
        <dl className="item__facts">
          <div>
            <dt>
              <FormattedMessage id="mail.to" />
            </dt>
            <dd data-testid="mail-to">{mail.to}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="mail.kind" />
            </dt>
            <dd data-testid="mail-kind" data-kind={mail.kind}>
              <FormattedMessage id={`mail.kind.${mail.kind}`} />
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="mail.sent" />
            </dt>
            <dd>
              <time dateTime={mail.createdAt}>{formatInstant(mail.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="mail.delivery" />
            </dt>
            <dd data-testid="mail-delivery" data-delivered={mail.sentAt !== null}>
              {mail.sentAt ? (
                <FormattedMessage id="mail.delivery.sent" values={{ at: formatInstant(mail.sentAt, { timeStyle: 'short' }) }} />
              ) : mail.lastError ? (
                <FormattedMessage id="mail.delivery.failed" values={{ attempts: mail.attempts, error: mail.lastError }} />
              ) : (
                <FormattedMessage id="mail.delivery.kept" />
              )}
            </dd>
          </div>
        </dl>
      </div>
    </li>
  );
}

export const MailPage = withStaffMessages(MailPageContent);
