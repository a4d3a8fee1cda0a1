/**
 * The web app: the session (GET /me), the language (saved on the browser, the user's own once
 * signed in), and which part to show — sign-in, the customer portal or the agent console.
 * The portal and the console are separate chunks, loaded only by the people who use them, so
 * the first page stays small.
 */

import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import {
  api,
  readResponse,
  setApiLanguage,
  setCsrfToken,
  setUnauthenticatedHandler,
} from './api/client';
import { type Attention, type Language, type Me, STAFF_ROLES, type User } from './api/types';
import { takeBootMe } from './boot';
import { serverNow, syncServerClock } from './clock';
import { Layout, Loading } from './components/layout';
import { clearSessionDrafts } from './components/session-draft';
import { prefetchQueue } from './console/queue-query';
import { I18nProvider, savedLanguage, saveLanguage } from './i18n/i18n';
import { ContactPage } from './pages/contact';
import { ForgotPasswordPage } from './pages/forgot-password';
import { LoginPage } from './pages/login';
import { ResetPasswordPage } from './pages/reset-password';
import { match, navigate, usePath } from './router';
import { type Session, SessionContext } from './session';

const loadPortal = () => import('./portal/portal');
const loadConsole = () => import('./console/console');
const Portal = lazy(loadPortal);
const Console = lazy(loadConsole);
// The e-mail's rating link: its own small chunk, drawn signed in or not (the token is the proof).
const PublicRatingPage = lazy(() => import('./satisfaction/public-rating-page'));

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'signed-in'; readonly user: User; readonly attention: Attention };

function homeOf(user: User): string {
  return STAFF_ROLES.has(user.role) ? '/console' : '/portal';
}

async function readAttention(): Promise<Attention> {
  const attention = await api<Attention>('GET', '/attention');
  syncServerClock(attention.now);
  return attention;
}

/** Until /attention answers (staff only): no contract, the browser's clock. */
function provisionalAttention(): Attention {
  const level = { firstResponseMinutes: 0, notificationIntervalMinutes: 0 };
  return {
    now: new Date(serverNow()).toISOString(),
    contract: null,
    attendingNow: false,
    nextOpeningAt: null,
    highImpactByPhoneOnly: false,
    levels: { high: level, medium: level, low: level, change: level },
  };
}

export function App() {
  const [language, setLanguageState] = useState<Language>(savedLanguage);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const path = usePath();

  const applyLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setApiLanguage(next);
    setLanguageState(next);
  }, []);

  const start = useCallback(
    async (me: Me) => {
      setCsrfToken(me.csrfToken);
      applyLanguage(me.user.language);
      // Fetch the user's part of the app (and an agent's queue) while /attention answers.
      const staff = STAFF_ROLES.has(me.user.role);
      void (staff ? loadConsole() : loadPortal());
      if (staff && location.pathname.replace(/\/$/, '') === '/console') prefetchQueue();
      const attention = readAttention();
      if (staff) {
        // Staff have no contract: the console draws at once and the server's clock follows.
        setState({ kind: 'signed-in', user: me.user, attention: provisionalAttention() });
        attention
          .then((value) =>
            setState((s) => (s.kind === 'signed-in' ? { ...s, attention: value } : s)),
          )
          .catch(() => {});
        return;
      }
      setState({ kind: 'signed-in', user: me.user, attention: await attention });
    },
    [applyLanguage],
  );

  // Once, at load: later changes go through applyLanguage and start.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once
  useEffect(() => {
    setApiLanguage(language);
    saveLanguage(language);
    setUnauthenticatedHandler(() => setState({ kind: 'anonymous' }));
    const boot = takeBootMe();
    (boot
      ? boot.then((response) => readResponse<Me>(response, true))
      : api<Me>('GET', '/me', { quiet401: true })
    )
      .then(start)
      .catch(() => setState({ kind: 'anonymous' }));
  }, []);

  const setLanguage = useCallback(
    (next: Language) => {
      applyLanguage(next);
      // Signed in, the choice is the user's: e-mails and problem details follow it too.
      if (state.kind === 'signed-in' && state.user.language !== next) {
        const user = { ...state.user, language: next };
        setState({ ...state, user });
        api('PATCH', `/users/${state.user.id}`, { body: { language: next } }).catch(() => {});
      }
    },
    [applyLanguage, state],
  );

  const signOut = useCallback(async () => {
    await api('POST', '/auth/logout').catch(() => {});
    setCsrfToken(null);
    clearSessionDrafts();
    setState({ kind: 'anonymous' });
    navigate('/login', true);
  }, []);

  const refreshAttention = useCallback(async () => {
    const attention = await readAttention();
    setState((current) => (current.kind === 'signed-in' ? { ...current, attention } : current));
    return attention;
  }, []);

  let content: React.ReactNode;
  // The e-mailed reset link opens its page whether or not this browser is signed in.
  const resetLink = match('/reset-password/:token', path);
  // So does the e-mailed rating link (issue 5): it needs no session at all, not even to load.
  const survey = match('/satisfaction/:token', path);
  if (survey !== null) {
    content = (
      <Layout path={path} nav={[]}>
        <Suspense fallback={<Loading />}>
          <PublicRatingPage token={survey.token ?? ''} />
        </Suspense>
      </Layout>
    );
  } else if (state.kind === 'loading') {
    content = <Loading />;
  } else if (resetLink !== null) {
    content = <ResetPasswordPage token={resetLink.token ?? ''} />;
  } else if (state.kind === 'anonymous' && path === '/forgot-password') {
    content = <ForgotPasswordPage />;
  } else if (state.kind === 'anonymous') {
    content =
      path === '/contact' ? (
        <Layout path={path} nav={[{ to: '/login', label: 'nav.signIn' }]}>
          <ContactPage />
        </Layout>
      ) : (
        <LoginPage
          onSignedIn={async (me) => {
            await start(me);
            const target = path === '/' || path === '/login' ? homeOf(me.user) : path;
            navigate(target, true);
          }}
        />
      );
  } else {
    const staff = STAFF_ROLES.has(state.user.role);
    const inRightPart = staff ? path.startsWith('/console') : path.startsWith('/portal');
    if (!inRightPart) {
      // "/" and "/login" lead home; the other part's pages lead to one's own.
      queueMicrotask(() => navigate(homeOf(state.user), true));
      content = <Loading />;
    } else {
      const session: Session = {
        user: state.user,
        attention: state.attention,
        refreshAttention,
        signOut,
      };
      content = (
        <SessionContext.Provider value={session}>
          <Suspense fallback={<Loading />}>
            {staff ? <Console path={path} /> : <Portal path={path} />}
          </Suspense>
        </SessionContext.Provider>
      );
    }
  }

  return (
    <I18nProvider language={language} setLanguage={setLanguage}>
      {content}
    </I18nProvider>
  );
}
