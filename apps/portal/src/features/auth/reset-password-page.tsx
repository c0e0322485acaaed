import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { useTRPC } from '../../lib/trpc';
import { ErrorMessage } from '../../ui/error-message';
import { AuthLayout } from './auth-layout';
import { InvalidLink, isInvalidLink } from './invalid-link';
import { type NewPassword, NewPasswordFields, newPasswordIssues } from './new-password-fields';
import { useFormIssues } from './use-form-issues';

/** `/reset-password/:token`: a new password from the link in the reset mail. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [value, setValue] = useState<NewPassword>({ password: '', repeat: '' });
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: () => navigate('/sign-in', { replace: true, state: { passwordReset: true } }),
    }),
  );
  const form = useFormIssues(reset.error);

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
        onSubmit={(event) => {
          event.preventDefault();
          if (form.show(newPasswordIssues(value))) reset.mutate({ token, password: value.password });
        }}
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
