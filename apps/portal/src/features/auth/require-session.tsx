import type { Role } from '@gorod/sdk';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, Navigate, useLocation } from 'react-router';
import { ErrorMessage } from '../../ui/error-message';
import { Spinner } from '../../ui/spinner';
import { useMe } from './use-me';

/** The sign-in page's address that comes back here afterwards. */
export function signInPath(next: string): string {
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

/** Only a relative address on this site: `?next=https://evil.example` must not send anyone away. */
export function safeNext(next: string | null, fallback = '/'): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

/**
 * A page for signed-in people (holding the role `needs`, if given): anyone else goes to sign in and comes back; a
 * signed-in person without the role sees "no access".
 */
export function RequireSession({ needs, children }: { needs?: Role; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spinner />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  if (needs && !me.data.roles.includes(needs)) return <NoAccessPage />;
  return children;
}

function NoAccessPage() {
  return (
    <section className="page page--narrow not-found" aria-labelledby="no-access-title" data-testid="no-access">
      <p className="not-found__code" aria-hidden="true">
        403
      </p>
      <h1 id="no-access-title">
        <FormattedMessage id="auth.noAccess.title" />
      </h1>
      <p className="lead">
        <FormattedMessage id="auth.noAccess.text" />
      </p>
      <Link className="button" to="/">
        <FormattedMessage id="notFound.home" />
      </Link>
    </section>
  );
}
