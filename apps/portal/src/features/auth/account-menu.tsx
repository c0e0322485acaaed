import { canCreateCourse, canManagePeople, canReadAudit, canReadOutbox, type PermissionActor } from '@gorod/sdk';
import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import type { MessageId } from '../../i18n/i18n-provider';
import { signInPath } from '../../lib/safe-next';
import { useMe } from '../../lib/use-me';
import { useSignOut } from './queries';

/** The header's corner: "Войти", or the signed-in person's name opening their pages and "Выйти". */
export function AccountMenu() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <span className="account account--pending" aria-hidden="true" />;
  if (!me.data) {
    const onAuthPage = /^\/(sign-in|forgot-password|reset-password|invitation)\b/.test(location.pathname);
    return (
      <Link
        className="account__sign-in"
        to={onAuthPage ? '/sign-in' : signInPath(`${location.pathname}${location.search}`)}
        data-testid="sign-in-link"
      >
        <FormattedMessage id="auth.menu.signIn" />
      </Link>
    );
  }
  return <SignedInMenu name={me.data.name} actor={{ kind: 'session', userId: me.data.id, roles: me.data.roles }} />;
}

function SignedInMenu({ name, actor }: { name: string; actor: PermissionActor }) {
  const intl = useIntl();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const signOut = useSignOut();

  // biome-ignore lint/correctness/useExhaustiveDependencies: following a link closes the menu
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const organizer = actor.kind !== 'anonymous' && actor.roles.includes('organizer');
  const links: { to: string; id: MessageId }[] = [
    { to: '/agenda', id: 'auth.menu.agenda' as const },
    { to: '/learning', id: 'auth.menu.learning' as const },
    { to: '/profile', id: 'auth.menu.profile' as const },
    { to: '/profile/tokens', id: 'auth.menu.tokens' as const },
    // The server's own rules decide which pages a person is offered.
    ...(canManagePeople(actor) ? [{ to: '/people', id: 'auth.menu.people' as const }] : []),
    ...(canReadAudit(actor) ? [{ to: '/audit', id: 'auth.menu.audit' as const }] : []),
    ...(canReadOutbox(actor) ? [{ to: '/mail', id: 'auth.menu.mail' as const }] : []),
    // The program's pages are organizers' by the route table (`app/routes.tsx`), as on the server.
    ...(organizer ? [{ to: '/organize/program', id: 'auth.menu.organizeProgram' as const }] : []),
    ...(organizer ? [{ to: '/check-in', id: 'auth.menu.checkIn' as const }] : []),
    // Instructors' courses; organizers enrol people in any course from the same page.
    ...(canCreateCourse(actor) || organizer ? [{ to: '/teach', id: 'auth.menu.teach' as const }] : []),
  ];

  return (
    <div className="account" ref={root}>
      <button
        type="button"
        className="account__button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={intl.formatMessage({ id: 'auth.menu.label' as const }, { name })}
        data-testid="account-button"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="account__avatar" aria-hidden="true">
          {name.trim().charAt(0).toUpperCase()}
        </span>
        <span className="account__name" data-testid="account-name">
          {name}
        </span>
        <span className="account__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div className="account__menu" id={menuId} hidden={!open}>
        {/* On a phone the button shows only the initial. */}
        <p className="account__who">{name}</p>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to} className="account__item">
                <FormattedMessage id={link.id} />
              </Link>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="account__item account__item--sign-out"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              <FormattedMessage id="auth.menu.signOut" />
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
