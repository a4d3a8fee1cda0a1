/**
 * /satisfaction/:token — the page the e-mail's rating links open, signed in or not: the token
 * in the address is the only proof. The score of the link clicked arrives pre-selected
 * (`?score=4`) but nothing is recorded until the person presses the button: mail scanners
 * open every link of an e-mail, and opening must not rate.
 */

import { useState } from 'react';
import { api } from '../api/client';
import { Loading, PageTitle } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { GivenRating, RatingForm } from './rating-form';
import { type SatisfactionView, scoreFrom } from './satisfaction-types';

export default function PublicRatingPage(props: { token: string }) {
  const { t } = useI18n();
  const path = `/satisfaction/${encodeURIComponent(props.token)}`;
  const loaded = useLoad(() => api<SatisfactionView>('GET', path, { quiet401: true }), path);
  const [thanked, setThanked] = useState(false);
  const preselected = scoreFrom(new URLSearchParams(location.search).get('score'));
  const view = loaded.data;

  let body: React.ReactNode;
  if (loaded.error) {
    body = (
      <div className="alert alert-error" role="alert">
        {loaded.error.status === 404 ? t('satisfaction.notFound') : loaded.error.problem.detail}
      </div>
    );
  } else if (!view) {
    body = <Loading />;
  } else {
    body = (
      <section className="card satisfaction" aria-labelledby="satisfaction-title">
        <h2 id="satisfaction-title">{t('satisfaction.title')}</h2>
        <p>{t('satisfaction.caseLine', { number: view.ticketNumber, subject: view.subject })}</p>
        {thanked ? (
          <div className="alert alert-success" role="status">
            {t('satisfaction.thanks')}
          </div>
        ) : null}
        {view.state === 'rated' ? (
          <GivenRating view={view} />
        ) : (
          <>
            <p>{t(preselected === null ? 'satisfaction.intro' : 'satisfaction.preselected')}</p>
            <RatingForm
              initialScore={preselected}
              onRate={async (score, comment) => {
                const rated = await api<SatisfactionView>('POST', path, {
                  body: comment === '' ? { score } : { score, comment },
                  quiet401: true,
                });
                setThanked(true);
                loaded.setData(rated);
              }}
            />
          </>
        )}
      </section>
    );
  }
  return (
    <>
      <PageTitle>{t('satisfaction.pageTitle')}</PageTitle>
      {body}
      <p>
        <a href="/portal">{t('satisfaction.goPortal')}</a>
      </p>
    </>
  );
}
