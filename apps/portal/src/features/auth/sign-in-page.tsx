import { SignInInputSchema, toGorodError } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../ui/error-message';
import { useLocale } from '../../i18n/i18n-provider';
import { TextField } from '../../ui/text-field';
import { AuthLayout } from './auth-layout';
import { safeNext } from '../../lib/safe-next';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useMe } from '../../lib/use-me';
import { useSignIn } from './queries';

/** `/sign-in?next=…`: email and password, then back where the visitor was going (their agenda by default). */
export function SignInPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), '/agenda');
  const me = useMe();
  const { setLocale } = useLocale();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn((user) => {
    // The language the person chose in their profile wins over whatever this device showed before.
    setLocale(user.locale);
    navigate(next, { replace: true });
  });
  const form = useSchemaForm(SignInInputSchema, signIn);
  // Told before the last attempts, so nobody walks into a lock unwarned.
  const attemptsLeft = signIn.error ? toGorodError(signIn.error).details?.attemptsLeft : undefined;
  const passwordReset = (location.state as { passwordReset?: boolean } | null)?.passwordReset === true;

  // Already signed in (another tab, the back button): go on.
  if (me.data && !signIn.isPending && !signIn.isSuccess) return <Navigate to={next} replace />;

  return (
    <AuthLayout title={<FormattedMessage id="auth.signIn.title" />} lead={<FormattedMessage id="auth.signIn.lead" />}>
      {passwordReset && (
        <p className="notice notice--success" role="status">
          <FormattedMessage id="auth.reset.done" />
        </p>
      )}
      <form
        className="form"
        noValidate
        onSubmit={form.handleSubmit(() => ({ email, password }))}
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
        <TextField
          label={<FormattedMessage id="auth.field.password" />}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          issues={form.byField.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {form.formError !== undefined && (
          <ErrorMessage error={form.formError} messages={{ UNAUTHENTICATED: 'auth.signIn.wrongCredentials' }} />
        )}
        {typeof attemptsLeft === 'number' && (
          <p className="notice" role="status" data-testid="attempts-left">
            <FormattedMessage id="auth.signIn.attemptsLeft" values={{ count: attemptsLeft }} />
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={signIn.isPending}>
            <FormattedMessage id={signIn.isPending ? 'auth.signIn.submitting' : 'auth.signIn.submit'} />
          </button>
          <Link to="/forgot-password" className="form__link">
            <FormattedMessage id="auth.signIn.forgot" />
          </Link>
        </div>
      </form>
      <p className="auth__note muted">{intl.formatMessage({ id: 'auth.signIn.invitationOnly' })}</p>
    </AuthLayout>
  );
}
