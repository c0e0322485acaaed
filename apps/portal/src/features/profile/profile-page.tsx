import { ProfileUpdateInputSchema, type User } from '@gorod/sdk';
import { useId, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { timeZoneLabel, timeZoneOptions } from '../../lib/time-zones';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import { LocaleSelect } from '../../ui/locale-select';
import { issueText } from '../../ui/issue-text';
import { TextField } from '../../ui/text-field';
import { useFormatInstant } from '../../lib/use-format-instant';
import { useMe } from '../../lib/use-me';
import { useSchemaForm } from '../../lib/use-schema-form';
import { QueryState } from '../../ui/query-state';
import { CityCombobox } from '../cities/city-combobox';
import { PasswordCard } from './password-card';
import { useEndSession, useSignInSessions, useSignOutEverywhere, useUpdateProfile } from './queries';
import { PageHeader } from '../../ui/page-header';

/** `/profile`: the signed-in person's name, city, position, language and time zone. */
export function ProfilePage() {
  const me = useMe();
  const location = useLocation();
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome === true;
  return (
    <QueryState query={me}>
      {(user) =>
        user && (
          <div className="page page--narrow">
            <PageHeader
              title={<FormattedMessage id="profile.title" />}
              lead={<FormattedMessage id="profile.lead" values={{ email: user.email }} />}
            />
            {welcome && (
              <p className="notice notice--success" role="status" data-testid="welcome">
                <FormattedMessage id="profile.welcome" values={{ name: user.name }} />
              </p>
            )}
            {/* Keyed by the saved profile, so the form starts again from what the server holds. */}
            <ProfileForm key={user.id} user={user} />
            <PasswordCard />
            <SessionsCard />
            <p className="page-links">
              <Link to="/profile/tokens">
                <FormattedMessage id="profile.toTokens" />
              </Link>
            </p>
          </div>
        )
      }
    </QueryState>
  );
}


function ProfileForm({ user }: { user: User }) {
  const intl = useIntl();
  const ids = { timeZone: useId(), zoneHint: useId() };
  const [draft, setDraft] = useState({
    name: user.name,
    cityId: user.cityId,
    position: user.position,
    locale: user.locale,
    timeZone: user.timeZone,
  });
  const [zoneFromCity, setZoneFromCity] = useState<string | undefined>(undefined);
  const now = useMemo(() => new Date(), []);
  const zones = useMemo(() => timeZoneOptions(draft.timeZone, now), [draft.timeZone, now]);
  const save = useUpdateProfile();
  const form = useSchemaForm(ProfileUpdateInputSchema, save);
  const edit = (patch: Partial<typeof draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    if (save.isSuccess) save.reset();
  };

  return (
    <form
      className="card form"
      noValidate
      aria-labelledby="profile-form-title"
      onSubmit={form.handleSubmit(() => draft)}
    >
      <h2 id="profile-form-title" className="card__title">
        <FormattedMessage id="profile.form.title" />
      </h2>
      <TextField
        label={<FormattedMessage id="profile.field.name" />}
        name="name"
        autoComplete="name"
        value={draft.name}
        issues={form.byField.name}
        onChange={(event) => edit({ name: event.target.value })}
      />
      <CityCombobox
        label={<FormattedMessage id="profile.field.city" />}
        name="city"
        value={draft.cityId}
        issues={form.byField.cityId}
        onChange={(city) => {
          edit(city ? { cityId: city.id, timeZone: city.timeZone } : { cityId: null });
          setZoneFromCity(city && city.timeZone !== draft.timeZone ? city.timeZone : undefined);
        }}
      />
      <TextField
        label={<FormattedMessage id="profile.field.position" />}
        name="position"
        value={draft.position}
        placeholder={intl.formatMessage({ id: 'profile.field.positionPlaceholder' })}
        issues={form.byField.position}
        onChange={(event) => edit({ position: event.target.value })}
      />
      <LocaleSelect
        label={<FormattedMessage id="profile.field.locale" />}
        value={draft.locale}
        onChange={(locale) => edit({ locale })}
        hint={<FormattedMessage id="profile.field.localeHint" />}
      />
      <div className="field">
        <label htmlFor={ids.timeZone}>
          <FormattedMessage id="profile.field.timeZone" />
        </label>
        <select
          id={ids.timeZone}
          name="timeZone"
          value={draft.timeZone}
          aria-describedby={zoneFromCity ? ids.zoneHint : undefined}
          onChange={(event) => {
            edit({ timeZone: event.target.value });
            setZoneFromCity(undefined);
          }}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneLabel(intl, zone, now)}
            </option>
          ))}
        </select>
        {zoneFromCity && (
          <p className="field__hint field__hint--accent" id={ids.zoneHint} role="status">
            <FormattedMessage id="profile.field.timeZoneFromCity" />
          </p>
        )}
        {form.byField.timeZone && (
          <p className="field__error">{form.byField.timeZone.map((issue) => issueText(intl, issue)).join('; ')}</p>
        )}
      </div>
      {form.formError !== undefined && <ErrorMessage error={form.formError} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          <FormattedMessage id={save.isPending ? 'common.saving' : 'common.save'} />
        </button>
        {save.isSuccess && (
          <p className="form__saved" role="status" data-testid="profile-saved">
            <FormattedMessage id="profile.saved" />
          </p>
        )}
      </div>
    </form>
  );
}

function SessionsCard() {
  const signOutEverywhere = useSignOutEverywhere();
  return (
    <section className="card card--plain" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="card__title">
        <FormattedMessage id="profile.sessions.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="profile.sessions.text" />
      </p>
      <SessionList />
      {signOutEverywhere.isError && <ErrorMessage error={signOutEverywhere.error} />}
      <ConfirmButton
        danger
        question={<FormattedMessage id="profile.sessions.confirm" />}
        pending={signOutEverywhere.isPending}
        onConfirm={() => signOutEverywhere.mutate()}
      >
        <FormattedMessage id="profile.sessions.signOutEverywhere" />
      </ConfirmButton>
    </section>
  );
}

/** Each browser signed in as this person: when it signed in and was last active; any but this one can be ended. */
function SessionList() {
  const sessions = useSignInSessions();
  const end = useEndSession();
  const formatInstant = useFormatInstant();
  return (
    <QueryState query={sessions}>
      {(list) => (
        <ul className="item-list" data-testid="session-list">
          {list.map((session) => (
            <li key={session.id} className="item" data-testid="session-row" data-current={session.current}>
              <div className="item__main">
                {session.current && (
                  <p className="item__title">
                    <span className="badge">
                      <FormattedMessage id="profile.sessions.current" />
                    </span>
                  </p>
                )}
                <dl className="item__facts">
                  <div>
                    <dt>
                      <FormattedMessage id="profile.sessions.started" />
                    </dt>
                    <dd>{formatInstant(session.createdAt)}</dd>
                  </div>
                  <div>
                    <dt>
                      <FormattedMessage id="profile.sessions.lastSeen" />
                    </dt>
                    <dd>{formatInstant(session.lastSeenAt)}</dd>
                  </div>
                </dl>
              </div>
              {!session.current && (
                <div className="item__actions">
                  <ConfirmButton
                    danger
                    question={<FormattedMessage id="profile.sessions.endConfirm" />}
                    pending={end.isPending}
                    onConfirm={() => end.mutate({ sessionId: session.id })}
                  >
                    <FormattedMessage id="profile.sessions.end" />
                  </ConfirmButton>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}
