/**
 * The frame of every page: a skip link, the header (brand, navigation, language, who is signed
 * in), the main landmark and a footer with the center's national line. Landmarks and the skip
 * link let keyboard and screen-reader users go straight to the content.
 */

import type { ReactNode } from 'react';
import type { Language } from '../api/types';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { Link } from '../router';

export interface NavItem {
  readonly to: string;
  readonly label: MessageKey;
  /** Also current for paths under it (e.g. a ticket under the list). */
  readonly prefix?: string;
}

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other: Language = language === 'es' ? 'en' : 'es';
  return (
    <button
      type="button"
      className="link-button"
      lang={other === 'es' ? 'es-CO' : 'en'}
      onClick={() => setLanguage(other)}
      aria-label={t('language.switchTo')}
    >
      {other === 'es' ? 'Español' : 'English'}
    </button>
  );
}

export function Layout(props: {
  path: string;
  nav: readonly NavItem[];
  who?: ReactNode;
  onSignOut?: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const current = (item: NavItem) =>
    props.path === item.to || (item.prefix !== undefined && props.path.startsWith(item.prefix));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand">
            mesa <span className="brand-sub">{t('layout.brand')}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            {props.who ? <span className="who">{props.who}</span> : null}
            {props.onSignOut ? (
              <button type="button" className="link-button" onClick={props.onSignOut}>
                {t('layout.signOut')}
              </button>
            ) : null}
          </div>
        </div>
        {props.nav.length > 0 ? (
          <nav aria-label={t('layout.nav')}>
            <ul className="nav-list">
              {props.nav.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} aria-current={current(item) ? 'page' : undefined}>
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
      <footer className="site-footer">
        <p>
          {t('layout.footer')} <a href="tel:+5724868080">(+57) 2 486 8080</a> {t('layout.option2')}
        </p>
      </footer>
    </>
  );
}

/** A page's title as its first heading, also naming the browser tab. */
export function PageTitle(props: { children: string }) {
  document.title = `${props.children} · mesa`;
  return <h1>{props.children}</h1>;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
