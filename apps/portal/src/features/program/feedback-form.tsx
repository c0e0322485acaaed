import { FeedbackInputSchema } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSchemaForm } from '../../lib/use-schema-form';
import { ErrorMessage } from '../../ui/error-message';
import { issueText } from '../../ui/issue-text';
import { useSubmitFeedback } from './queries';

const ratings = [1, 2, 3, 4, 5] as const;

/** An attendee's rating (1–5) and comment, once the session has started; sending again edits it. */
export function FeedbackForm({ sessionId }: { sessionId: string }) {
  const intl = useIntl();
  const submit = useSubmitFeedback();
  const form = useSchemaForm(FeedbackInputSchema, submit);
  const [rating, setRating] = useState<number | undefined>();
  const [comment, setComment] = useState('');

  return (
    <section className="card feedback" aria-labelledby="feedback-title" data-testid="feedback">
      <h2 id="feedback-title">
        <FormattedMessage id="program.feedback.title" />
      </h2>
      <form
        className="form"
        noValidate
        onSubmit={form.handleSubmit(() => ({ sessionId, rating, ...(comment.trim() ? { comment } : {}) }))}
      >
        <fieldset className="rating">
          <legend>
            <FormattedMessage id="program.feedback.rating" />
          </legend>
          {ratings.map((value) => (
            <label key={value} className="rating__option">
              <input type="radio" name="rating" value={value} checked={rating === value} onChange={() => setRating(value)} />
              {value}
            </label>
          ))}
          {form.byField.rating && <p className="field__error">{form.byField.rating.map((i) => issueText(intl, i)).join('; ')}</p>}
        </fieldset>
        <div className="field">
          <label htmlFor="feedback-comment">
            <FormattedMessage id="program.feedback.comment" />
          </label>
          <textarea id="feedback-comment" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
        {form.formError !== undefined && <ErrorMessage error={form.formError} messages={{ FORBIDDEN: 'program.feedback.notAttended' }} />}
        {submit.isSuccess && (
          <p className="notice notice--success" role="status" data-testid="feedback-sent">
            <FormattedMessage id="program.feedback.sent" />
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={submit.isPending}>
            <FormattedMessage id="program.feedback.submit" />
          </button>
        </div>
      </form>
    </section>
  );
}
