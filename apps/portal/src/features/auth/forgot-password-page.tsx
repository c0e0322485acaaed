import { PasswordResetRequestInputSchema } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { ErrorMessage } from '../../ui/error-message';
import { TextField } from '../../ui/text-field';
import { AuthLayout } from './auth-layout';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useRequestPasswordReset } from './queries';

/** `/forgot-password`: asks for a reset link; the answer never tells whether the account exists. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const request = useRequestPasswordReset();
  const form = useSchemaForm(PasswordResetRequestInputSchema, request);
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
          onSubmit={form.handleSubmit(() => ({ email }))}
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
