import { PasswordResetRequestInputSchema } from '@gorod/sdk';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useTRPC } from '../../lib/trpc';
import { ErrorMessage } from '../../ui/error-message';
import { TextField } from '../../ui/text-field';
import { AuthLayout } from './auth-layout';
import { useFormIssues } from './use-form-issues';

/** `/forgot-password`: asks for a reset link; the answer never tells whether the account exists. */
export function ForgotPasswordPage() {
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const form = useFormIssues(request.error);
  return (
    <AuthLayout title={<FormattedMessage id="auth.forgot.title" />} lead={<FormattedMessage id="auth.forgot.lead" />}>
      {request.isSuccess ? (
        <div className="notice notice--success" role="status" data-testid="forgot-sent">
          <p className="notice__title">
            <FormattedMessage id="auth.forgot.sent" values={{ email: request.variables.email }} />
          </p>
        </div>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const input = form.check(PasswordResetRequestInputSchema, { email });
            if (input) request.mutate(input);
          }}
        >
          <TextField
            label={<FormattedMessage id="auth.field.email" />}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            issues={form.byField.email}
            onChange={(event) => setEmail(event.target.value)}
          />
          {form.formError !== undefined && <ErrorMessage error={form.formError} />}
          <div className="form__actions">
            <button type="submit" className="button" disabled={request.isPending}>
              <FormattedMessage id="auth.forgot.submit" />
            </button>
          </div>
        </form>
      )}
      <p className="auth__note">
        <Link to="/sign-in">
          <FormattedMessage id="auth.backToSignIn" />
        </Link>
      </p>
    </AuthLayout>
  );
}
