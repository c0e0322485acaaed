import { type ApiToken, ApiTokenCreateInputSchema, type TokenScope, tokenScopes } from '@gorod/sdk';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import { issueText } from '../../ui/issue-text';
import { TextField } from '../../ui/text-field';
import { useFormatInstant } from '../../lib/use-format-instant';
import { useSchemaForm } from '../../lib/use-schema-form';
import { EmptyState, QueryState } from '../../ui/query-state';
import { useCreateToken, useRevokeToken, useTokens } from './queries';
import { PageHeader } from '../../ui/page-header';

/** `/profile/tokens`: the signed-in person's API tokens; a new token's secret is shown once. */
export function TokensPage() {
  const tokens = useTokens();
  const [created, setCreated] = useState<{ token: ApiToken; secret: string } | undefined>(undefined);
  return (
    <div className="page page--narrow">
      <PageHeader title={<FormattedMessage id="tokens.title" />} lead={<FormattedMessage id="tokens.lead" />} />
      {created && <SecretBox name={created.token.name} secret={created.secret} onDone={() => setCreated(undefined)} />}
      <CreateTokenForm onCreated={setCreated} />
      <section aria-labelledby="tokens-list-title">
        <h2 id="tokens-list-title" className="list-title">
          <FormattedMessage id="tokens.list.title" />
        </h2>
        <QueryState
          query={tokens}
          isEmpty={(list) => list.length === 0}
          empty={
          <EmptyState testId="tokens-empty">
            <FormattedMessage id="tokens.list.empty" />
          </EmptyState>
        }
        >
          {(list) => (
            <ul className="item-list" data-testid="token-list">
              {list.map((token) => (
                <TokenRow key={token.id} token={token} />
              ))}
            </ul>
          )}
        </QueryState>
      </section>
    </div>
  );
}

function SecretBox({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const intl = useIntl();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refused permission): select the text for Ctrl+C instead.
      const range = document.createRange();
      const node = document.querySelector('[data-testid="token-secret"]');
      if (node) {
        range.selectNodeContents(node);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
    }
  };
  return (
    <section className="secret" aria-labelledby="secret-title" data-testid="token-secret-box">
      <h2 id="secret-title" className="secret__title">
        <FormattedMessage id="tokens.secret.title" values={{ name }} />
      </h2>
      <p className="secret__warning" role="alert">
        <FormattedMessage id="tokens.secret.warning" />
      </p>
      <p className="secret__value">
        <span className="visually-hidden">{intl.formatMessage({ id: 'tokens.secret.label' })}: </span>
        <code data-testid="token-secret">{secret}</code>
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={copy}>
          <FormattedMessage id={copied ? 'tokens.secret.copied' : 'tokens.secret.copy'} />
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          <FormattedMessage id="tokens.secret.done" />
        </button>
      </div>
    </section>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (created: { token: ApiToken; secret: string }) => void }) {
  const intl = useIntl();
  const scopesId = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>([]);
  const create = useCreateToken();
  const form = useSchemaForm(ApiTokenCreateInputSchema, create);
  return (
    <form
      className="card form"
      noValidate
      aria-labelledby="token-create-title"
      onSubmit={form.handleSubmit(() => ({ name, scopes }), {
        onSuccess: (created) => {
          onCreated(created);
          setName('');
          setScopes([]);
          window.scrollTo({ top: 0 });
        },
      })}
    >
      <h2 id="token-create-title" className="card__title">
        <FormattedMessage id="tokens.create.title" />
      </h2>
      <TextField
        label={<FormattedMessage id="tokens.create.name" />}
        name="name"
        value={name}
        maxLength={100}
        placeholder={intl.formatMessage({ id: 'tokens.create.namePlaceholder' })}
        issues={form.byField.name}
        onChange={(event) => setName(event.target.value)}
      />
      <fieldset className="checks" aria-describedby={form.byField.scopes ? scopesId : undefined}>
        <legend>
          <FormattedMessage id="tokens.create.scopes" />
        </legend>
        {tokenScopes.map((scope) => (
          <label key={scope} className="check">
            <input
              type="checkbox"
              name="scopes"
              value={scope}
              checked={scopes.includes(scope)}
              onChange={(event) =>
                setScopes((current) => (event.target.checked ? [...current, scope] : current.filter((s) => s !== scope)))
              }
            />
            <span className="check__text">
              <code className="check__code">{scope}</code>
              <span className="check__hint">{intl.formatMessage({ id: `tokens.scope.${scope}` })}</span>
            </span>
          </label>
        ))}
        {form.byField.scopes && (
          <p className="field__error" id={scopesId}>
            {form.byField.scopes.map((issue) => issueText(intl, issue)).join('; ')}
          </p>
        )}
      </fieldset>
      {form.formError !== undefined && <ErrorMessage error={form.formError} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          <FormattedMessage id="tokens.create.submit" />
        </button>
      </div>
    </form>
  );
}

function TokenRow({ token }: { token: ApiToken }) {
  const formatInstant = useFormatInstant();
  const revoke = useRevokeToken();
  return (
    <li className={`item${token.revokedAt ? ' item--muted' : ''}`} data-testid="token-row" data-token-id={token.id}>
      <div className="item__main">
        <p className="item__title">
          {token.name}
          {token.revokedAt && (
            <span className="badge badge--muted" data-testid="token-revoked">
              <FormattedMessage id="tokens.list.revoked" />
            </span>
          )}
        </p>
        <p className="item__tags">
          {token.scopes.map((scope) => (
            <code key={scope} className="badge badge--code">
              {scope}
            </code>
          ))}
        </p>
        <dl className="item__facts">
          <div>
            <dt>
              <FormattedMessage id="tokens.list.created" />
            </dt>
            <dd>{formatInstant(token.createdAt)}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="tokens.list.lastUsed" />
            </dt>
            <dd data-testid="token-last-used">
              {token.lastUsedAt ? formatInstant(token.lastUsedAt) : <FormattedMessage id="tokens.list.never" />}
            </dd>
          </div>
          {token.revokedAt && (
            <div>
              <dt>
                <FormattedMessage id="tokens.list.revokedAt" />
              </dt>
              <dd>{formatInstant(token.revokedAt)}</dd>
            </div>
          )}
        </dl>
        {revoke.isError && <ErrorMessage error={revoke.error} />}
      </div>
      {!token.revokedAt && (
        <div className="item__actions">
          <ConfirmButton
            danger
            question={<FormattedMessage id="tokens.revoke.confirm" values={{ name: token.name }} />}
            pending={revoke.isPending}
            onConfirm={() => revoke.mutate({ id: token.id })}
          >
            <FormattedMessage id="tokens.revoke.button" />
          </ConfirmButton>
        </div>
      )}
    </li>
  );
}
