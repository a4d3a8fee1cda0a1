/** Sign in with e-mail and password; the problem (wrong password, too many tries) is said in place. */

import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { Me } from '../api/types';
import { FlashNotice } from '../components/flash-notice';
import {
  type FieldErrors,
  InvalidAlert,
  isValid,
  ProblemAlert,
  serverFieldErrors,
  TextField,
} from '../components/forms';
import { Layout, PageTitle } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function LoginPage(props: { onSignedIn: (me: Me) => Promise<void> }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {
      email:
        email.trim() === ''
          ? t('form.requiredField')
          : EMAIL.test(email.trim())
            ? undefined
            : t('login.badEmail'),
      password: password === '' ? t('form.requiredField') : undefined,
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    setBusy(true);
    try {
      const me = await api<Me>('POST', '/auth/login', {
        body: { email: email.trim(), password },
        quiet401: true,
      });
      await props.onSignedIn(me);
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setProblem(error);
      setBusy(false);
    }
  };

  return (
    <Layout path="/login" nav={[{ to: '/contact', label: 'nav.contact' }]}>
      <div className="narrow">
        <PageTitle>{t('login.title')}</PageTitle>
        <FlashNotice />
        <p>{t('login.intro')}</p>
        <form onSubmit={submit} noValidate className="card">
          <InvalidAlert show={!isValid(errors)} />
          <ProblemAlert error={problem} />
          <TextField
            label={t('login.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.email}
            required
          />
          <TextField
            label={t('login.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={errors.password}
            required
          />
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('login.signingIn') : t('login.submit')}
          </button>
        </form>
        <p>
          <Link to="/forgot-password">{t('reset.forgotLink')}</Link>
        </p>
        <p>
          {t('login.cannotSignIn')} <Link to="/contact">{t('login.callUs')}</Link>
        </p>
      </div>
    </Layout>
  );
}
