import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { useTRPC } from '../../lib/trpc';
import { ErrorMessage } from '../../ui/error-message';
import { Spinner } from '../../ui/spinner';
import { AuthLayout } from './auth-layout';
import { InvalidLink, isInvalidLink } from './invalid-link';
import { type NewPassword, NewPasswordFields, newPasswordIssues } from './new-password-fields';
import { useFormIssues } from '../../lib/use-form-issues';
import { useSessionChange } from '../../lib/use-me';

/** `/invitation/:token`: greets the invited person, who chooses a password and is signed in. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { signedIn } = useSessionChange();
  const [value, setValue] = useState<NewPassword>({ password: '', repeat: '' });
  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: (user) => {
        signedIn(user);
        navigate('/profile', { replace: true, state: { welcome: true } });
      },
    }),
  );
  // Once accepted, the link is used up: the refetch that signing in triggers must not ask for it (a 404).
  const invitation = useQuery({
    ...trpc.auth.invitation.queryOptions({ token }),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: !accept.isPending && !accept.isSuccess,
  });
  const { setLocale } = useLocale();
  const invitedLocale = invitation.data?.locale;
  // The person is greeted in the language the organizer chose for them, before they have signed in.
  useEffect(() => {
    if (invitedLocale) setLocale(invitedLocale);
  }, [invitedLocale, setLocale]);
  const form = useFormIssues(accept.error);

  if (invitation.isPending) return <Spinner />;
  if (isInvalidLink(invitation.error) || isInvalidLink(accept.error)) {
    return (
      <AuthLayout title={<FormattedMessage id="auth.invitation.title" />}>
        <InvalidLink kind="invitation" />
      </AuthLayout>
    );
  }
  if (invitation.isError) {
    return (
      <AuthLayout title={<FormattedMessage id="auth.invitation.title" />}>
        <ErrorMessage error={invitation.error} onRetry={() => invitation.refetch()} />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title={<FormattedMessage id="auth.invitation.greeting" values={{ name: invitation.data.name }} />}
      lead={<FormattedMessage id="auth.invitation.lead" />}
    >
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (form.show(newPasswordIssues(value))) accept.mutate({ token, password: value.password });
        }}
      >
        {/* The account's email, for password managers to remember with the new password. */}
        <div className="field">
          <span className="field__label">
            <FormattedMessage id="auth.field.email" />
          </span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            value={invitation.data.email}
            readOnly
            className="field__readonly"
            data-testid="invitation-email"
            aria-label={invitation.data.email}
          />
        </div>
        <NewPasswordFields value={value} issues={form.byField} onChange={setValue} />
        {form.formError !== undefined && <ErrorMessage error={form.formError} />}
        <div className="form__actions">
          <button type="submit" className="button" disabled={accept.isPending}>
            <FormattedMessage id="auth.invitation.submit" />
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
