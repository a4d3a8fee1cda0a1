/**
 * "¿Olvidó su contraseña?": the e-mail of the account gets a link to choose a new one. The
 * answer is the same whether or not the address has an account (the server says nothing
 * about who has one), so the page says "if it is registered, a link is on its way".
 */

import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import {
  type FieldErrors,
  InvalidAlert,
  isValid,
  ProblemAlert,
  TextField,
} from '../components/forms';
import { Layout, PageTitle } from '../components/layout';
import { problemFieldErrors, shownBesideField } from '../components/problem-fields';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CODE_FIELDS = { INVALID_EMAIL: 'email' } as const;

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = email.trim();
    const local: FieldErrors = {
      email:
        typed === ''
          ? t('form.requiredField')
          : EMAIL.test(typed)
            ? undefined
            : t('login.badEmail'),
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    setBusy(true);
    try {
      await api('POST', '/auth/password-reset/request', { body: { email: typed }, quiet401: true });
      setSentTo(typed);
    } catch (error) {
      setErrors(problemFieldErrors(error, CODE_FIELDS));
      setProblem(shownBesideField(error, CODE_FIELDS) ? undefined : error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout path="/forgot-password" nav={[{ to: '/login', label: 'nav.signIn' }]}>
      <div className="narrow">
        <PageTitle>{t('reset.forgotTitle')}</PageTitle>
        {sentTo !== null ? (
          <div className="card">
            <p className="alert alert-success" role="status">
              {t('reset.requested', { email: sentTo })}
            </p>
            <p>{t('reset.requestedHint')}</p>
            <p>
              <button type="button" className="link-button" onClick={() => setSentTo(null)}>
                {t('reset.tryAnother')}
              </button>
            </p>
          </div>
        ) : (
          <>
            <p>{t('reset.forgotIntro')}</p>
            <form onSubmit={submit} noValidate className="card">
              <InvalidAlert show={!isValid(errors)} />
              <ProblemAlert error={problem} />
              <TextField
                label={t('login.email')}
                type="email"
                autoComplete="username"
                value={email}
                maxLength={254}
                onChange={(event) => setEmail(event.target.value)}
                error={errors.email}
                required
              />
              <button type="submit" className="button primary" disabled={busy}>
                {busy ? t('reset.sending') : t('reset.send')}
              </button>
            </form>
          </>
        )}
        <p>
          <Link to="/login">{t('reset.backToSignIn')}</Link>
        </p>
      </div>
    </Layout>
  );
}
