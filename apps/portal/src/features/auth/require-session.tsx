import type { Role } from '@gorod/sdk';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { signInPath } from '../../lib/safe-next';
import { useMe } from '../../lib/use-me';
import { QueryState } from '../../ui/query-state';

/**
 * The parent route of every page for signed-in people: anyone else goes to sign in and comes back. The
 * one session guard; a page that also needs a role sits inside a RequireRole.
 */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  return (
    <QueryState query={me}>
      {(user) => (user ? <Outlet /> : <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />)}
    </QueryState>
  );
}

/** Inside RequireSession: a signed-in person without `role` sees "no access" instead of `children`. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const me = useMe();
  return me.data?.roles.includes(role) ? children : <NoAccessPage />;
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
