import { localizedName, SetDelegationInputSchema } from '@gorod/sdk';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { useSchemaForm } from '../../lib/use-schema-form';
import { ErrorMessage } from '../../ui/error-message';
import { useDelegationOptions, useSetDelegation } from '../delegations/queries';
import { useCurrentEdition } from '../forum/queries';

/** An organizer links a person to one of the edition's delegations (or none) and marks its head. */
export function DelegationEditor({ person }: { person: { id: string; name: string; delegationId: string | null; delegationHead: boolean } }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const edition = useCurrentEdition();
  const options = useDelegationOptions(edition.data?.id);
  const setDelegation = useSetDelegation();
  const form = useSchemaForm(SetDelegationInputSchema, setDelegation);
  const [delegationId, setDelegationId] = useState(person.delegationId ?? '');
  const [head, setHead] = useState(person.delegationHead);
  const ids = { select: useId(), head: useId() };
  const changed = delegationId !== (person.delegationId ?? '') || head !== person.delegationHead;

  return (
    <form
      className="delegation-form"
      data-testid="delegation-form"
      onSubmit={form.handleSubmit(() => ({ userId: person.id, delegationId: delegationId || null, head: delegationId !== '' && head }))}
    >
      <div className="field">
        <label htmlFor={ids.select}>
          <FormattedMessage id="people.delegation.label" />
        </label>
        <select id={ids.select} name="delegationId" value={delegationId} onChange={(e) => setDelegationId(e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'people.delegation.none' })}</option>
          {(options.data ?? []).map((entry) => (
            <option key={entry.delegation.id} value={entry.delegation.id}>
              {localizedName(entry.city.name, locale)}
            </option>
          ))}
        </select>
      </div>
      <label className="check check--inline">
        <input id={ids.head} type="checkbox" name="head" checked={head} disabled={delegationId === ''} onChange={(e) => setHead(e.target.checked)} />
        <span className="check__text">
          <FormattedMessage id="people.delegation.head" />
        </span>
      </label>
      {changed && (
        <button type="submit" className="button button--secondary" disabled={setDelegation.isPending}>
          <FormattedMessage id="people.delegation.save" />
        </button>
      )}
      {setDelegation.isSuccess && !changed && (
        <p className="form__saved" role="status">
          <FormattedMessage id="people.delegation.saved" />
        </p>
      )}
      {form.formError !== undefined && <ErrorMessage error={form.formError} />}
    </form>
  );
}
