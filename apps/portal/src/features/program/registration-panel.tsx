import { FormattedMessage } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../../lib/safe-next';
import { ErrorMessage } from '../../ui/error-message';
import { useCancelRegistration, useRegister } from './queries';

interface RegistrationPanelProps {
  session: {
    id: string;
    status: 'scheduled' | 'changed' | 'cancelled';
    registration: 'required' | 'open';
    seatsLeft?: number | null | undefined;
  };
  /** The person's live registration for this session, if any. */
  registration: { status: 'confirmed' | 'waitlisted' | 'cancelled'; position?: number | null | undefined } | undefined;
  signedIn: boolean;
}

/**
 * Seats left and what the reader can do about them: sign in, register, cancel, or leave the waitlist,
 * with their seat or place in line said plainly.
 */
export function RegistrationPanel({ session, registration, signedIn }: RegistrationPanelProps) {
  const location = useLocation();
  const register = useRegister();
  const cancel = useCancelRegistration();
  const error = register.error ?? cancel.error;

  if (session.status === 'cancelled') {
    return (
      <p className="notice notice--danger" data-testid="session-cancelled-notice">
        <FormattedMessage id="program.registration.sessionCancelled" />
      </p>
    );
  }
  if (session.registration === 'open') {
    return (
      <p className="notice" data-testid="registration-open">
        <FormattedMessage id="program.registration.open" />
      </p>
    );
  }

  return (
    <div className="registration" data-testid="registration">
      {typeof session.seatsLeft === 'number' && (
        <p className="registration__seats" data-testid="seats-left">
          <FormattedMessage id="program.registration.seatsLeft" values={{ count: session.seatsLeft }} />
        </p>
      )}
      {!signedIn ? (
        <Link className="button" to={signInPath(`${location.pathname}${location.search}`)} data-testid="sign-in-to-register">
          <FormattedMessage id="program.registration.signIn" />
        </Link>
      ) : registration?.status === 'confirmed' ? (
        <>
          <p className="notice notice--success" role="status" data-testid="registration-status">
            <FormattedMessage id="program.registration.confirmed" />
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ sessionId: session.id })}
          >
            <FormattedMessage id="program.registration.cancel" />
          </button>
        </>
      ) : registration?.status === 'waitlisted' ? (
        <>
          <p className="notice" role="status" data-testid="registration-status">
            <FormattedMessage id="program.registration.waitlisted" values={{ position: registration.position ?? 0 }} />
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ sessionId: session.id })}
          >
            <FormattedMessage id="program.registration.leaveWaitlist" />
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button"
          disabled={register.isPending}
          data-testid="register"
          onClick={() => register.mutate({ sessionId: session.id })}
        >
          <FormattedMessage
            id={session.seatsLeft === 0 ? 'program.registration.joinWaitlist' : 'program.registration.register'}
          />
        </button>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
