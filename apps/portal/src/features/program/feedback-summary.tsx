import { FormattedMessage } from 'react-intl';
import { QueryState } from '../../ui/query-state';
import { useFeedbackSummary } from './queries';

const ratings = [5, 4, 3, 2, 1] as const;

/** For organizers on a session's page: how many rated it, how, and what they wrote, anonymously. */
export function FeedbackSummary({ sessionId }: { sessionId: string }) {
  const summary = useFeedbackSummary(sessionId, { enabled: true });
  return (
    <section className="card feedback-summary" aria-labelledby="feedback-summary-title" data-testid="feedback-summary">
      <h2 id="feedback-summary-title">
        <FormattedMessage id="program.feedbackSummary.title" />
      </h2>
      <QueryState query={summary}>
        {(data) => (
          <>
            <p>
              <FormattedMessage id="program.feedbackSummary.count" values={{ count: data.count }} />
            </p>
            {data.count > 0 && (
              <ul className="rating-bars">
                {ratings.map((rating) => (
                  <li key={rating}>
                    <span className="rating-bars__label">{rating}★</span>
                    <meter min={0} max={data.count} value={data.distribution[rating]} />
                    <span className="rating-bars__count">{data.distribution[rating]}</span>
                  </li>
                ))}
              </ul>
            )}
            {data.comments.length > 0 && (
              <ul className="feedback-summary__comments">
                {data.comments.map((comment, index) => (
                  // Comments are anonymous and may repeat word for word: their place is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={index}>{comment}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
