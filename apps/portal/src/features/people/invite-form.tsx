import { InviteInputSchema, type Locale, type Role, roles } from '@gorod/sdk';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../ui/error-message';
import { LocaleSelect } from '../../ui/locale-select';
import { issueText } from '../../ui/issue-text';
import { TextField } from '../../ui/text-field';
import { useSchemaForm } from '../../lib/use-schema-form';
import { CityCombobox } from '../cities/city-combobox';
import { useInvite } from './queries';

const empty = { email: '', name: '', cityId: null as string | null, position: '', locale: 'ru' as Locale, roles: ['learner'] as Role[] };

/** Invites one person: they get a mail with a single-use link to choose their password. */
export function InviteForm() {
  const intl = useIntl();
  const ids = { roles: useId() };
  const [draft, setDraft] = useState(empty);
  const invite = useInvite();
  const form = useSchemaForm(InviteInputSchema, invite);
  const edit = (patch: Partial<typeof empty>) => setDraft((current) => ({ ...current, ...patch }));

  return (
    <form
      className="form"
      noValidate
      data-testid="invite-form"
      onSubmit={form.handleSubmit(() => draft, { onSuccess: () => setDraft(empty) })}
    >
      {invite.isSuccess && (
        <p className="notice notice--success" role="status" data-testid="invite-sent">
          <FormattedMessage id="people.invite.sent" values={{ email: invite.data.email, name: invite.data.name }} />
        </p>
      )}
      <div className="form__grid">
        <TextField
          label={<FormattedMessage id="people.field.email" />}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="off"
          value={draft.email}
          issues={form.byField.email}
          onChange={(event) => edit({ email: event.target.value })}
        />
        <TextField
          label={<FormattedMessage id="people.field.name" />}
          name="name"
          autoComplete="off"
          value={draft.name}
          issues={form.byField.name}
          onChange={(event) => edit({ name: event.target.value })}
        />
        <CityCombobox
          label={<FormattedMessage id="people.field.city" />}
          name="city"
          value={draft.cityId}
          issues={form.byField.cityId}
          onChange={(city) => edit({ cityId: city?.id ?? null })}
        />
        <TextField
          label={<FormattedMessage id="people.field.position" />}
          name="position"
          value={draft.position}
          placeholder={intl.formatMessage({ id: 'profile.field.positionPlaceholder' })}
          issues={form.byField.position}
          onChange={(event) => edit({ position: event.target.value })}
        />
        <LocaleSelect
          label={<FormattedMessage id="people.field.locale" />}
          value={draft.locale}
          onChange={(locale) => edit({ locale })}
        />
      </div>
      <fieldset className="checks checks--row" aria-describedby={form.byField.roles ? ids.roles : undefined}>
        <legend>
          <FormattedMessage id="people.field.roles" />
        </legend>
        {roles.map((role) => (
          <label key={role} className="check check--inline">
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={draft.roles.includes(role)}
              onChange={(event) =>
                edit({ roles: event.target.checked ? [...draft.roles, role] : draft.roles.filter((r) => r !== role) })
              }
            />
            <span className="check__text">{intl.formatMessage({ id: `people.role.${role}` })}</span>
          </label>
        ))}
        {form.byField.roles && (
          <p className="field__error" id={ids.roles}>
            {form.byField.roles.map((issue) => issueText(intl, issue)).join('; ')}
          </p>
        )}
      </fieldset>
      {form.formError !== undefined && <ErrorMessage error={form.formError} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={invite.isPending}>
          <FormattedMessage id="people.invite.submit" />
        </button>
      </div>
    </form>
  );
}
