import { PasswordResetInputSchema } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../ui/error-message';
import { AuthLayout } from './auth-layout';
import { InvalidLink, isInvalidLink } from './invalid-link';
import { useSchemaForm } from '../../lib/use-schema-form';
import { type NewPassword, NewPasswordFields, repeatIssues } from './new-password-fields';
import { useResetPassword } from './queries';

// The token is the link's: a damaged one is the server's to refuse (the page then says the link is invalid).
const NewPasswordSchema = PasswordResetInputSchema.pick({ password: true });

/** `/reset-password/:token`: a new password from the link in the reset mail. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const [value, setValue] = useState<NewPassword>({ password: '', repeat: '' });
  const reset = useResetPassword();
  const form = useSchemaForm(NewPasswordSchema, {
    error: reset.error,
    mutate: ({ password }) => reset.mutate({ token, password }),
  });

  if (isInvalidLink(reset.error)) {
    return (
      <AuthLayout title={<FormattedMessage id="auth.reset.title" />}>
        <InvalidLink kind="reset" />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={<FormattedMessage id="auth.reset.title" />} lead={<FormattedMessage id="auth.reset.lead" />}>
      <form
        className="form"
        noValidate
        onSubmit={form.handleSubmit(() => ({ password: value.password }), { also: () => repeatIssues(value) })}
      >
        <NewPasswordFields value={value} issues={form.byField} onChange={setValue} />
        {form.formError !== undefined && <ErrorMessage error={form.formError} />}
        <div className="form__actions">
          <button type="submit" className="button" disabled={reset.isPending}>
            <FormattedMessage id="auth.reset.submit" />
          </button>
          <Link to="/sign-in" className="form__link">
            <FormattedMessage id="auth.backToSignIn" />
          </Link>
        </div>
      </form>
    </AuthLayout>
  );
}
