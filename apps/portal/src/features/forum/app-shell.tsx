import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, NavLink } from 'react-router';
import { LanguageSwitch } from '../../ui/language-switch';
import { AccountMenu } from '../auth/account-menu';
import { ForumStrip } from './forum-strip';

function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="10" fill="currentColor" />
      <path d="M9 31V19h6v12zM17 31V11h6v20zM25 31V15h6v16z" fill="#fff" />
      <path d="M9 33h22" stroke="#e03a3e" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/** Header with the forum's name, navigation and language, the forum strip, and the page below. */
export function AppShell({ children }: { children: ReactNode }) {
  const intl = useIntl();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        <FormattedMessage id="app.skipToContent" />
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <BrandMark />
            <span className="brand__text">
              <span className="brand__name">
                <FormattedMessage id="app.brand" />
              </span>
              <span className="brand__tagline">
                <FormattedMessage id="app.brandTagline" />
              </span>
            </span>
          </Link>
          <nav className="site-nav" aria-label={intl.formatMessage({ id: 'nav.label' })}>
            <NavLink to="/" end className="site-nav__link site-nav__link--home">
              <FormattedMessage id="nav.forum" />
            </NavLink>
            <NavLink to="/program" className="site-nav__link">
              <FormattedMessage id="nav.program" />
            </NavLink>
            <NavLink to="/courses" className="site-nav__link">
              <FormattedMessage id="nav.courses" />
            </NavLink>
            <NavLink to="/cities" className="site-nav__link">
              <FormattedMessage id="nav.cities" />
            </NavLink>
          </nav>
          <div className="site-header__account">
            <AccountMenu />
          </div>
          <LanguageSwitch />
        </div>
        <ForumStrip />
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          <FormattedMessage id="app.title" /> · <FormattedMessage id="app.footer" />
        </p>
      </footer>
    </div>
  );
}
