import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import { QueryState } from '../../ui/query-state';
import { useAgendaFeed, useResetFeed } from './queries';

/** The personal calendar feed: subscribe in one tap (`webcal://`), or copy the https link; reset revokes it. */
export function FeedCard() {
  const intl = useIntl();
  const feed = useAgendaFeed();
  const reset = useResetFeed();
  const [copied, setCopied] = useState(false);
  return (
    <section className="card feed-card" aria-labelledby="feed-title" data-testid="agenda-feed">
      <h2 id="feed-title">
        <FormattedMessage id="agenda.feed.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="agenda.feed.lead" />
      </p>
      <QueryState query={feed}>
        {({ url, webcalUrl }) => (
          <>
            <p>
              <a className="button" href={webcalUrl} data-testid="feed-subscribe">
                <FormattedMessage id="agenda.feed.subscribe" />
              </a>
            </p>
            <div className="field">
              <label htmlFor="feed-url">
                <FormattedMessage id="agenda.feed.url" />
              </label>
              <div className="copy-field">
                <input id="feed-url" readOnly value={url} data-testid="feed-url" onFocus={(event) => event.target.select()} />
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    void navigator.clipboard?.writeText(url).then(() => setCopied(true));
                  }}
                >
                  <FormattedMessage id={copied ? 'agenda.feed.copied' : 'agenda.feed.copy'} />
                </button>
              </div>
            </div>
            <ConfirmButton
              className="button--secondary"
              question={intl.formatMessage({ id: 'agenda.feed.resetQuestion' })}
              pending={reset.isPending}
              onConfirm={() => {
                setCopied(false);
                reset.mutate();
              }}
            >
              <FormattedMessage id="agenda.feed.reset" />
            </ConfirmButton>
            {reset.error && <ErrorMessage error={reset.error} />}
          </>
        )}
      </QueryState>
    </section>
  );
}
