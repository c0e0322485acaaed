import { FormattedMessage } from 'react-intl';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import { usePendingInvitationCount, useResendInvitations } from './queries';

/**
 * "Resend to all N invited": a fresh link to everyone who has not accepted, after asking. The server refuses
 * a second bulk resend for a while, so a double click at the venue cannot mail everyone twice.
 */
export function ResendAllInvitations() {
  const pending = usePendingInvitationCount();
  const resend = useResendInvitations();
  const count = pending.data ?? 0;
  if (count === 0 && !resend.isSuccess && !resend.isError) return null;

  return (
    <div className="resend-all" data-testid="resend-all">
      {count > 0 && (
        <ConfirmButton
          question={<FormattedMessage id="people.resendAll.confirm" values={{ count }} />}
          confirmLabel={<FormattedMessage id="people.resendAll.confirmButton" />}
          pending={resend.isPending}
          onConfirm={() => resend.mutate({})}
        >
          <FormattedMessage id="people.resendAll.button" values={{ count }} />
        </ConfirmButton>
      )}
      {resend.isSuccess && (
        <p className="form__saved" role="status" data-testid="resend-all-done">
          <FormattedMessage id="people.resendAll.done" values={{ sent: resend.data.sent }} />
        </p>
      )}
      {resend.isError && <ErrorMessage error={resend.error} />}
    </div>
  );
}
