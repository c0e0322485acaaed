import type { Issue } from '@gorod/sdk';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useTRPC } from '../../lib/trpc';
import { ErrorMessage } from '../../ui/error-message';
import { TextField } from '../../ui/text-field';
import { type NewPassword, NewPasswordFields, newPasswordIssues } from '../auth/new-password-fields';
import { useFormIssues } from '../auth/use-form-issues';

const blank = { current: '', password: '', repeat: '' };

/** Changing one's password while signed in: the current one, then the new one twice. */
export function PasswordCard() {
  const intl = useIntl();
  const trpc = useTRPC();
  const [value, setValue] = useState(blank);
  const change = useMutation(trpc.auth.changePassword.mutationOptions({ onSuccess: () => setValue(blank) }));
  const form = useFormIssues(change.error);
  // The server names the new password `newPassword`; the shared fields call it `password`.
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
        onSubmit={(event) => {
          event.preventDefault();
          if (form.show(newPasswordIssues(value))) change.mutate({ currentPassword: value.current, newPassword: value.password });
        }}
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
