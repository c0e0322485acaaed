import { AcceptInvitationInputSchema } from '@gorod/sdk';
import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { useSchemaForm } from '../../lib/use-schema-form';
import { ErrorMessage } from '../../ui/error-message';
import { QueryState } from '../../ui/query-state';
import { AuthLayout } from './auth-layout';
import { InvalidLink, isInvalidLink } from './invalid-link';
import { type NewPassword, NewPasswordFields, repeatIssues } from './new-password-fields';
import { useAcceptInvitation, useInvitation } from './queries';

// The token is the link's: a damaged one is the server's to refuse (the page then says the link is invalid).
const NewPasswordSchema = AcceptInvitationInputSchema.pick({ password: true });

/** `/invitation/:token`: greets the invited person, who chooses a password and is signed in. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const [value, setValue] = useState<NewPassword>({ password: '', repeat: '' });
  const accept = useAcceptInvitation();
  const invitation = useInvitation(token, { enabled: !accept.isPending && !accept.isSuccess });
  const { setLocale } = useLocale();
  const invitedLocale = invitation.data?.locale;
  // The person is greeted in the language the organizer chose for them, before they have signed in.
  useEffect(() => {
    if (invitedLocale) setLocale(invitedLocale);
  }, [invitedLocale, setLocale]);
  const form = useSchemaForm(NewPasswordSchema, {
    error: accept.error,
    mutate: ({ password }) => accept.mutate({ token, password }),
  });

  if (isInvalidLink(invitation.error) || isInvalidLink(accept.error)) {
    return (
      <AuthLayout title={<FormattedMessage id="auth.invitation.title" />}>
        <InvalidLink kind="invitation" />
      </AuthLayout>
    );
  }
  if (invitation.data === undefined) {
    // Still asking, or the question failed: the spinner, or the error with Retry, under the page's title.
    return (
      <AuthLayout title={<FormattedMessage id="auth.invitation.title" />}>
        <QueryState query={invitation}>{() => null}</QueryState>
      </AuthLayout>
    );
  }
  const invited = invitation.data;

  return (
    <AuthLayout
      title={<FormattedMessage id="auth.invitation.greeting" values={{ name: invited.name }} />}
      lead={<FormattedMessage id="auth.invitation.lead" />}
    >
      <form
        className="form"
        noValidate
        onSubmit={form.handleSubmit(() => ({ password: value.password }), { also: () => repeatIssues(value) })}
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
            value={invited.email}
            readOnly
            className="field__readonly"
            data-testid="invitation-email"
            aria-label={invited.email}
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
