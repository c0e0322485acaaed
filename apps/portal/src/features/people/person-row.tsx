import { type Role, roles, type User } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import { useFormatInstant } from '../../lib/use-format-instant';
import { useSessionChange } from '../../lib/use-me';
import { CityName } from './city-name';
import { DelegationEditor } from './delegation-editor';
import { useDeactivate, useReactivate, useResendInvitation, useSetRoles, useUnlock } from './queries';

/** A row of `people.list`: the person, and when a sign-in lock on their account ends (null when there is none). */
type ListedPerson = User & { lockedUntil: string | null; delegationId: string | null; delegationHead: boolean };

/** One person: who, where, roles and status, and what an organizer can do about them. */
export function PersonRow({ person, isMe }: { person: ListedPerson; isMe: boolean }) {
  const intl = useIntl();
  const formatInstant = useFormatInstant();
  const { updated } = useSessionChange();
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<Role[]>(person.roles);
  const setRoles = useSetRoles((saved) => {
    setEditing(false);
    if (isMe) updated(saved);
  });
  const deactivate = useDeactivate();
  const reactivate = useReactivate();
  const resend = useResendInvitation();
  const unlock = useUnlock();
  const failed = setRoles.error ?? deactivate.error ?? reactivate.error ?? resend.error ?? unlock.error;
  const deactivated = person.deactivatedAt !== null;

  return (
    <li
      className={`item${deactivated ? ' item--muted' : ''}`}
      data-testid="person-row"
      data-email={person.email}
      data-user-id={person.id}
    >
      <div className="item__main">
        <p className="item__title">
          {person.name}
          {isMe && (
            <span className="badge">
              <FormattedMessage id="people.you" />
            </span>
          )}
          <span
            className={`badge ${person.status === 'active' ? 'badge--ok' : 'badge--muted'}`}
            data-testid="person-status"
            data-status={person.status}
          >
            <FormattedMessage id={`people.status.${person.status}`} />
          </span>
          {person.lockedUntil && (
            <span className="badge badge--muted" data-testid="person-locked">
              <FormattedMessage id="people.locked" values={{ time: formatInstant(person.lockedUntil, { timeStyle: 'short' }) }} />
            </span>
          )}
        </p>
        <p className="item__meta">
          <a href={`mailto:${person.email}`}>{person.email}</a>
          {person.cityId && (
            <>
              {' · '}
              <CityName id={person.cityId} />
            </>
          )}
          {person.position && ` · ${person.position}`}
        </p>
        {editing ? (
          <form
            className="roles-editor"
            onSubmit={(event) => {
              event.preventDefault();
              setRoles.mutate({ userId: person.id, roles: chosen });
            }}
          >
            <fieldset className="checks checks--row">
              <legend className="visually-hidden">
                <FormattedMessage id="people.roles.legend" values={{ name: person.name }} />
              </legend>
              {roles.map((role) => (
                <label key={role} className="check check--inline">
                  <input
                    type="checkbox"
                    name="roles"
                    value={role}
                    checked={chosen.includes(role)}
                    onChange={(event) =>
                      setChosen((current) => (event.target.checked ? [...current, role] : current.filter((r) => r !== role)))
                    }
                  />
                  <span className="check__text">{intl.formatMessage({ id: `people.role.${role}` })}</span>
                </label>
              ))}
            </fieldset>
            <div className="form__actions">
              <button type="submit" className="button" disabled={setRoles.isPending}>
                <FormattedMessage id="people.roles.save" />
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setEditing(false);
                  setChosen(person.roles);
                  setRoles.reset();
                }}
              >
                <FormattedMessage id="common.cancel" />
              </button>
            </div>
          </form>
        ) : (
          <p className="item__tags" data-testid="person-roles">
            {person.roles.length === 0 ? (
              <span className="muted">
                <FormattedMessage id="people.roles.none" />
              </span>
            ) : (
              person.roles.map((role) => (
                <span key={role} className={`badge badge--role badge--${role}`} data-role={role}>
                  {intl.formatMessage({ id: `people.role.${role}` })}
                </span>
              ))
            )}
          </p>
        )}
        {!deactivated && <DelegationEditor person={person} />}
        {failed && <ErrorMessage error={failed} />}
        {resend.isSuccess && (
          <p className="form__saved" role="status">
            <FormattedMessage id="people.resend.done" values={{ email: person.email }} />
          </p>
        )}
      </div>
      <div className="item__actions person__actions">
        {!editing && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setChosen(person.roles);
              setEditing(true);
            }}
          >
            <FormattedMessage id="people.roles.edit" />
          </button>
        )}
        {person.lockedUntil && (
          <button type="button" className="button button--secondary" disabled={unlock.isPending} onClick={() => unlock.mutate({ userId: person.id })}>
            <FormattedMessage id="people.unlock.button" />
          </button>
        )}
        {person.status === 'invited' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={resend.isPending}
            onClick={() => resend.mutate({ userId: person.id })}
          >
            <FormattedMessage id="people.resend.button" />
          </button>
        )}
        {deactivated ? (
          <ConfirmButton
            question={<FormattedMessage id="people.reactivate.confirm" values={{ name: person.name }} />}
            pending={reactivate.isPending}
            onConfirm={() => reactivate.mutate({ userId: person.id })}
          >
            <FormattedMessage id="people.reactivate.button" />
          </ConfirmButton>
        ) : (
          !isMe && (
            <ConfirmButton
              danger
              question={<FormattedMessage id="people.deactivate.confirm" values={{ name: person.name }} />}
              pending={deactivate.isPending}
              onConfirm={() => deactivate.mutate({ userId: person.id })}
            >
              <FormattedMessage id="people.deactivate.button" />
            </ConfirmButton>
          )
        )}
      </div>
    </li>
  );
}
