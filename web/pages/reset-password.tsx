/**
 * The page of an e-mailed reset link (/reset-password/:token): a new password, typed twice,
 * with the server's rules (at least 12 characters). A used or expired link says so and offers
 * a new one; after the change the user signs in with the new password.
 */

import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api/client';
import {
  type FieldErrors,
  InvalidAlert,
  isValid,
  ProblemAlert,
  TextField,
} from '../components/forms';
import { Layout, PageTitle } from '../components/layout';
import { problemFieldErrors, shownBesideField } from '../components/problem-fields';
import { setFlash } from '../flash';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';

/** As the server checks it (PASSWORD_MIN_LENGTH): characters, not UTF-16 units. */
const MIN_LENGTH = 12;
const CODE_FIELDS = { WEAK_PASSWORD: 'password' } as const;

export function ResetPasswordPage(props: { token: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const linkInvalid = problem instanceof ApiError && problem.code === 'RESET_TOKEN_INVALID';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {
      password:
        password === ''
          ? t('form.requiredField')
          : [...password].length < MIN_LENGTH
            ? t('admin.weakPassword')
            : undefined,
      confirmation:
        confirmation === ''
          ? t('form.requiredField')
          : confirmation !== password
            ? t('reset.mismatch')
            : undefined,
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    setBusy(true);
    try {
      await api('POST', '/auth/password-reset/complete', {
        body: { token: props.token, password },
        quiet401: true,
      });
      setFlash(t('reset.done'));
      navigate('/login', true);
    } catch (error) {
      setErrors(problemFieldErrors(error, CODE_FIELDS));
      setProblem(shownBesideField(error, CODE_FIELDS) ? undefined : error);
      setBusy(false);
    }
  };

  return (
    <Layout path="/reset-password" nav={[{ to: '/login', label: 'nav.signIn' }]}>
      <div className="narrow">
        <PageTitle>{t('reset.title')}</PageTitle>
        <p>{t('reset.intro')}</p>
        <form onSubmit={submit} noValidate className="card">
          <InvalidAlert show={!isValid(errors)} />
          <ProblemAlert error={problem} />
          {linkInvalid ? (
            <p>
              <Link to="/forgot-password">{t('reset.askAgain')}</Link>
            </p>
          ) : null}
          <TextField
            label={t('reset.newPassword')}
            hint={t('admin.weakPassword')}
            type="password"
            autoComplete="new-password"
            value={password}
            maxLength={256}
            onChange={(event) => setPassword(event.target.value)}
            error={errors.password}
            required
          />
          <TextField
            label={t('reset.confirmPassword')}
            type="password"
            autoComplete="new-password"
            value={confirmation}
            maxLength={256}
            onChange={(event) => setConfirmation(event.target.value)}
            error={errors.confirmation}
            required
          />
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('reset.saving') : t('reset.submit')}
          </button>
        </form>
      </div>
    </Layout>
  );
}
