import { type ErrorCode, toGorodError } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/i18n-provider';
import { hasMessage, issueWithField } from './issue-text';

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
  /** What a code means on this page ("wrong email or password" rather than "sign in to continue"). */
  messages?: Partial<Record<ErrorCode, MessageId>>;
  /** The form shows each issue under its field already. */
  hideIssues?: boolean;
}

/**
 * A failed API call, told in the reader's language from its error code and issues; the server's own
 * message (English, for developers) is never shown.
 */
export function ErrorMessage({ error, onRetry, messages, hideIssues = false }: ErrorMessageProps) {
  const intl = useIntl();
  const { code, issues, details } = toGorodError(error);
  const key = messages?.[code] ?? `errors.${code}`;
  const retryAfterSeconds = Number(details?.retryAfterSeconds);
  // A conflict names its cause in an issue ("you cannot remove your own organizer role"): that is the message.
  const conflict = code === 'CONFLICT' ? issues.find((issue) => hasMessage(intl, issue.i18nKey)) : undefined;
  const shownIssues = code === 'INVALID_INPUT' && !hideIssues ? issues : [];
  let title: string;
  if (code === 'TOO_MANY_REQUESTS' && retryAfterSeconds > 0) {
    title = intl.formatMessage({ id: 'errors.retryInMinutes' }, { minutes: Math.ceil(retryAfterSeconds / 60) });
  } else if (conflict && !messages?.CONFLICT) {
    title = issueWithField(intl, conflict);
  } else {
    title = intl.formatMessage({ id: hasMessage(intl, key) ? key : 'errors.INTERNAL' });
  }
  return (
    <div className="notice notice--error" role="alert" data-error-code={code}>
      <p className="notice__title">{title}</p>
      {shownIssues.length > 0 && (
        <ul className="notice__issues">
          {shownIssues.map((issue) => (
            <li key={`${issue.path.join('.')}:${issue.code}`}>{issueWithField(intl, issue)}</li>
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
