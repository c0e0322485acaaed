import { toGorodError } from '@gorod/sdk';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

/**
 * A used or expired link: the server answers NOT_FOUND (or, for a mangled token, INVALID_INPUT on the
 * token), and the page offers the way to a fresh one.
 */
export function isInvalidLink(error: unknown): boolean {
  if (!error) return false;
  const { code, issues } = toGorodError(error);
  return code === 'NOT_FOUND' || (code === 'INVALID_INPUT' && issues.some((issue) => issue.path[0] === 'token'));
}

export function InvalidLink({ kind }: { kind: 'reset' | 'invitation' }) {
  return (
    <div className="notice notice--error" role="alert" data-testid="invalid-link">
      <p className="notice__title">
        <FormattedMessage id={kind === 'reset' ? 'auth.reset.invalid' : 'auth.invitation.invalid'} />
      </p>
      <p>
        <FormattedMessage id={kind === 'reset' ? 'auth.reset.invalidHelp' : 'auth.invitation.invalidHelp'} />
      </p>
      {kind === 'reset' ? (
        <Link className="button button--secondary" to="/forgot-password">
          <FormattedMessage id="auth.reset.askAgain" />
        </Link>
      ) : (
        <Link className="button button--secondary" to="/sign-in">
          <FormattedMessage id="auth.backToSignIn" />
        </Link>
      )}
    </div>
  );
}
