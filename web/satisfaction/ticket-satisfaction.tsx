/**
 * The portal ticket page's rating: on a closed ticket not rated yet, the requester's 1–5 form;
 * once rated, the rating given. Nothing while the ticket is open.
 */

import { useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { GivenRating, RatingForm } from './rating-form';
import type { SatisfactionView } from './satisfaction-types';

export function TicketSatisfaction(props: { ticketId: string; version: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    () => api<SatisfactionView>('GET', `/tickets/${props.ticketId}/satisfaction`),
    `${props.ticketId}@${props.version}`,
  );
  const [thanked, setThanked] = useState(false);
  const view = loaded.data;
  if (!view || view.state === 'open' || (view.state === 'awaiting' && !view.canRate)) return null;
  return (
    <section className="card satisfaction" aria-labelledby="satisfaction-title">
      <h2 id="satisfaction-title">{t('satisfaction.title')}</h2>
      {thanked ? (
        <div className="alert alert-success" role="status">
          {t('satisfaction.thanks')}
        </div>
      ) : null}
      {view.state === 'rated' ? (
        <GivenRating view={view} />
      ) : (
        <>
          <p>{t('satisfaction.intro')}</p>
          <RatingForm
            onRate={async (score, comment) => {
              const rated = await api<SatisfactionView>(
                'POST',
                `/tickets/${props.ticketId}/satisfaction`,
                { body: comment === '' ? { score } : { score, comment } },
              );
              setThanked(true);
              loaded.setData(rated);
            }}
          />
        </>
      )}
    </section>
  );
}
