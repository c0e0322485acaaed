import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import { Spinner } from '../../ui/spinner';
import { useAgendaFeed, useResetFeed } from './queries';

/** The personal calendar feed: subscribe in one tap (`webcal://`), or copy the https link; reset revokes it. */
export function FeedCard() {
  const feed = useAgendaFeed();
  const reset = useResetFeed();
  // The reset's answer is the new link; until then, the feed's.
  const links = reset.data ?? feed.data;
  return (
    <section className="card feed-card" aria-labelledby="feed-title" data-testid="agenda-feed">
      <h2 id="feed-title">
        <FormattedMessage id="agenda.feed.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="agenda.feed.lead" />
      </p>
      {links ? (
        <FeedLinks key={links.url} url={links.url} webcalUrl={links.webcalUrl} reset={reset} />
      ) : feed.error ? (
        <ErrorMessage error={feed.error} onRetry={() => feed.mutate()} />
      ) : (
        <Spinner />
      )}
    </section>
  );
}

function FeedLinks({ url, webcalUrl, reset }: { url: string; webcalUrl: string; reset: ReturnType<typeof useResetFeed> }) {
  const intl = useIntl();
  const [copied, setCopied] = useState(false);
  return (
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
        onConfirm={() => reset.mutate()}
      >
        <FormattedMessage id="agenda.feed.reset" />
      </ConfirmButton>
      {reset.error && <ErrorMessage error={reset.error} />}
    </>
  );
}
