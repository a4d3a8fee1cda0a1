/**
 * The portal's home: the contract's modality and whether the center attends now (SPEC §3); on
 * a 7x24 contract out of Mon–Sat 08:00–18:00, that only high impact is served, by phone, with
 * the numbers.
 */

import { useEffect } from 'react';
import { FlashNotice } from '../components/flash-notice';
import { PageTitle } from '../components/layout';
import { PhoneNumbers } from '../components/phones';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useSession } from '../session';

export function AttentionNotice() {
  const { t, dateTime } = useI18n();
  const { attention } = useSession();
  if (attention.contract === null) {
    return (
      <div className="alert alert-warning" role="status">
        <p>{t('home.noContract')}</p>
        <PhoneNumbers nationalOnly />
      </div>
    );
  }
  if (attention.highImpactByPhoneOnly) {
    return (
      <div className="alert alert-call" role="status">
        <p>
          <strong>{t('home.outOfHours7x24')}</strong>
        </p>
        <PhoneNumbers nationalOnly />
        {attention.nextOpeningAt ? (
          <p>{t('home.nextOpening', { when: dateTime(attention.nextOpeningAt) })}</p>
        ) : null}
      </div>
    );
  }
  if (attention.attendingNow) {
    return (
      <div className="alert alert-success" role="status">
        {t('home.attending')}
      </div>
    );
  }
  return (
    <div className="alert alert-warning" role="status">
      {t('home.closed', {
        when: attention.nextOpeningAt ? dateTime(attention.nextOpeningAt) : '—',
      })}
    </div>
  );
}

export function PortalHome() {
  const { t } = useI18n();
  const { user, attention, refreshAttention } = useSession();
  useEffect(() => {
    void refreshAttention().catch(() => {});
  }, [refreshAttention]);
  const contract = attention.contract;
  return (
    <>
      <PageTitle>{t('home.title', { name: user.name })}</PageTitle>
      <FlashNotice />
      <AttentionNotice />
      {contract ? (
        <section className="card" aria-labelledby="contract-title">
          <h2 id="contract-title">{t('home.contract')}</h2>
          <dl className="facts">
            <dt>{t('home.organization')}</dt>
            <dd>{contract.organizationName}</dd>
            <dt>{t('home.modality')}</dt>
            <dd>
              <strong>{contract.modality}</strong> — {t(`hours.${contract.modality}.availability`)}
              {contract.modality === '7x24' ? '' : ` (${t('hours.noHolidays')})`}
            </dd>
            <dt>{t('home.services')}</dt>
            <dd>
              {contract.services.map((s) => t(`service.${s}` as 'service.support')).join(', ')}
            </dd>
            {contract.onSiteCity ? (
              <>
                <dt>{t('home.onSite')}</dt>
                <dd>{contract.onSiteCity}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
      <div className="actions">
        <Link className="button primary" to="/portal/new">
          {t('home.newTicket')}
        </Link>
        <Link className="button" to="/portal/tickets">
          {t('home.myTickets')}
        </Link>
      </div>
    </>
  );
}
