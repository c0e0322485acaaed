import { type Issue, issue } from '@gorod/sdk';
import { FormattedMessage } from 'react-intl';
import { TextField } from '../../ui/text-field';

export interface NewPassword {
  password: string;
  repeat: string;
}

/** "The passwords differ", under the second entry, when they do. */
export function repeatIssues({ password, repeat }: NewPassword): Issue[] {
  return repeat === password ? [] : [issue(['repeat'], 'passwords_differ', 'The passwords differ')];
}

/** "New password" and "Repeat it", with their problems under each. */
export function NewPasswordFields({
  value,
  issues,
  onChange,
}: {
  value: NewPassword;
  issues: Record<string, Issue[]>;
  onChange: (value: NewPassword) => void;
}) {
  return (
    <>
      <TextField
        label={<FormattedMessage id="auth.field.newPassword" />}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        value={value.password}
        issues={issues.password}
        hint={<FormattedMessage id="auth.field.newPasswordHint" />}
        onChange={(event) => onChange({ ...value, password: event.target.value })}
      />
      <TextField
        label={<FormattedMessage id="auth.field.repeatPassword" />}
        name="repeat"
        type="password"
        autoComplete="new-password"
        value={value.repeat}
        issues={issues.repeat}
        onChange={(event) => onChange({ ...value, repeat: event.target.value })}
      />
    </>
  );
}
