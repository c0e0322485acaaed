import { type Issue, PasswordChangeInputSchema } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../ui/error-message';
import { TextField } from '../../ui/text-field';
import { useSchemaForm } from '../../lib/use-schema-form';
import { type NewPassword, NewPasswordFields, repeatIssues } from '../auth/new-password-fields';
import { useChangePassword } from './queries';

const blank = { current: '', password: '', repeat: '' };

/** Changing one's password while signed in: the current one, then the new one twice. */
export function PasswordCard() {
  const intl = useIntl();
  const [value, setValue] = useState(blank);
  const change = useChangePassword();
  const form = useSchemaForm(PasswordChangeInputSchema, change);
  // The schema names the new password `newPassword`; the shared fields call it `password`.
  const byField: Record<string, Issue[] | undefined> = form.byField;
  const issues: Record<string, Issue[]> = { ...byField, password: byField.password ?? byField.newPassword ?? [] };
  return (
    <section className="card card--plain" aria-labelledby="password-title">
      <h2 id="password-title" className="card__title">
        <FormattedMessage id="profile.password.title" />
      </h2>
      <form
        className="form"
        noValidate
        data-testid="password-form"
        onSubmit={form.handleSubmit(() => ({ currentPassword: value.current, newPassword: value.password }), {
          also: () => repeatIssues(value),
          onSuccess: () => setValue(blank),
        })}
      >
        <TextField
          label={<FormattedMessage id="profile.password.current" />}
          name="current-password"
          type="password"
          autoComplete="current-password"
          value={value.current}
          issues={issues.currentPassword}
          onChange={(event) => setValue({ ...value, current: event.target.value })}
        />
        <NewPasswordFields value={value} issues={issues} onChange={(next: NewPassword) => setValue({ ...value, ...next })} />
        {form.formError ? <ErrorMessage error={form.formError} /> : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={change.isPending}>
            <FormattedMessage id="profile.password.submit" />
          </button>
          {change.isSuccess && (
            <p className="form__saved" role="status" data-testid="password-changed">
              {intl.formatMessage({ id: 'profile.password.changed' }, { count: change.data.otherSessionsEnded })}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
