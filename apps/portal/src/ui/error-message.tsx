import { type Issue, toGorodError } from '@gorod/sdk';
import { FormattedMessage, type IntlShape, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/i18n-provider';

const hasMessage = (intl: IntlShape, id: string): id is MessageId => id in intl.messages;

function issueText(intl: IntlShape, issue: Issue): string {
  const key = hasMessage(intl, issue.i18nKey) ? issue.i18nKey : 'errors.issue.custom';
  const text = intl.formatMessage({ id: key }, issue.params);
  const field = `errors.field.${issue.path[0] ?? ''}`;
  return hasMessage(intl, field) ? `${intl.formatMessage({ id: field })}: ${text}` : text;
}

/**
 * A failed API call, told in the reader's language from its error code and issues; the server's own
 * message (English, for developers) is never shown.
 */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const intl = useIntl();
  const { code, issues } = toGorodError(error);
  const key = `errors.${code}`;
  const shownIssues = code === 'INVALID_INPUT' ? issues : [];
  return (
    <div className="notice notice--error" role="alert" data-error-code={code}>
      <p className="notice__title">{intl.formatMessage({ id: hasMessage(intl, key) ? key : 'errors.INTERNAL' })}</p>
      {shownIssues.length > 0 && (
        <ul className="notice__issues">
          {shownIssues.map((issue) => (
            <li key={`${issue.path.join('.')}:${issue.code}`}>{issueText(intl, issue)}</li>
          ))}
        </ul>
      )}
      {onRetry && code === 'INTERNAL' && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          <FormattedMessage id="common.retry" />
        </button>
      )}
    </div>
  );
}
