import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/i18n-provider';
import { EmptyState } from './query-state';

interface NoMatchesProps {
  testId: string;
  /** Message ids: what was not found, an optional hint, and the reset button. */
  title: MessageId;
  text?: MessageId;
  resetLabel: MessageId;
  onReset: () => void;
}

/** A filtered list's empty state: nothing matches, and a way back to everything. */
export function NoMatches({ testId, title, text, resetLabel, onReset }: NoMatchesProps) {
  return (
    <EmptyState testId={testId}>
      <p className="empty-state__title">
        <FormattedMessage id={title} />
      </p>
      {text && (
        <p>
          <FormattedMessage id={text} />
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={onReset}>
        <FormattedMessage id={resetLabel} />
      </button>
    </EmptyState>
  );
}
