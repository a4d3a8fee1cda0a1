/**
 * Outbound mail (admins): the settings in effect (read-only: they come from the environment;
 * credentials masked) and the outbox — how many e-mails wait, went or failed, the list by
 * state, a failed message's error with a Retry button, and each message as its .eml file.
 */

import { useState } from 'react';
import { api, query } from '../api/client';
import type { Page } from '../api/types';
import { ProblemAlert, SelectField } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { isMessageKey, type MessageKey, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';

type Status = 'pending' | 'sent' | 'failed';
const STATUSES: readonly Status[] = ['pending', 'sent', 'failed'];
const STATUS_LABEL: Record<Status, MessageKey> = {
  pending: 'adminMail.status.pending',
  sent: 'adminMail.status.sent',
  failed: 'adminMail.status.failed',
};

interface MailSettings {
  destination:
    | {
        kind: 'smtp';
        host: string | null;
        port: number | null;
        secure: boolean;
        user: string | null;
        passwordSet: boolean;
      }
    | { kind: 'files'; directory: string | null };
  from: string;
  replyAddress: string;
  publicUrl: string;
}

interface Overview {
  transport: 'smtp' | 'files';
  counts: Record<Status, number>;
}

interface OutboxMessage {
  id: string;
  kind: string;
  ticketId: string | null;
  recipient: { name: string; email: string };
  language: string;
  status: Status;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

function MailSettingsFacts(props: { settings: MailSettings }) {
  const { t } = useI18n();
  const { destination } = props.settings;
  return (
    <dl className="facts">
      <dt>{t('adminMail.destination')}</dt>
      <dd>
        {destination.kind === 'files'
          ? t('adminMail.files', { directory: destination.directory ?? 'DATA_DIR/outbox-mail' })
          : t('adminMail.smtp', {
              server: `${destination.host ?? '?'}:${destination.port ?? '?'}`,
              tls: destination.secure ? 'smtps (TLS)' : 'smtp (STARTTLS)',
            })}
      </dd>
      {destination.kind === 'smtp' ? (
        <>
          <dt>{t('adminMail.user')}</dt>
          <dd>{destination.user ?? t('adminMail.none')}</dd>
          <dt>{t('adminMail.password')}</dt>
          <dd>{destination.passwordSet ? '••••••' : t('adminMail.none')}</dd>
        </>
      ) : null}
      <dt>{t('adminMail.from')}</dt>
      <dd>{props.settings.from}</dd>
      <dt>{t('adminMail.replyAddress')}</dt>
      <dd>{props.settings.replyAddress}</dd>
      <dt>{t('adminMail.publicUrl')}</dt>
      <dd>{props.settings.publicUrl}</dd>
    </dl>
  );
}

/** The e-mail's kind in words; a kind this page does not know yet shows its code. */
function KindLabel(props: { kind: string }) {
  const { t } = useI18n();
  const key = `adminMail.kind.${props.kind}`;
  return isMessageKey(key) ? t(key) : <code>{props.kind}</code>;
}

export function MailAdmin() {
  const { t, dateTime } = useI18n();
  const [status, setStatus] = useState<Status | ''>('');
  const settings = useLoad(() => api<MailSettings>('GET', '/mail-settings'), 'mail-settings');
  const overview = useLoad(() => api<Overview>('GET', '/outbox/overview'), 'outbox-overview');
  const [more, setMore] = useState<OutboxMessage[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const list = useLoad(async () => {
    const page = await api<Page<OutboxMessage>>(
      'GET',
      `/outbox${query({ limit: '25', ...(status === '' ? {} : { status }) })}`,
    );
    setMore([]);
    setCursor(page.nextCursor);
    return page.items;
  }, status);
  const [problem, setProblem] = useState<unknown>();
  const [retried, setRetried] = useState<string | null>(null);

  const loadMore = async () => {
    if (cursor === null) return;
    try {
      const page = await api<Page<OutboxMessage>>(
        'GET',
        `/outbox${query({ limit: '25', cursor, ...(status === '' ? {} : { status }) })}`,
      );
      setMore([...more, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setProblem(error);
    }
  };

  const retry = async (message: OutboxMessage) => {
    setProblem(undefined);
    setRetried(null);
    try {
      await api('POST', `/outbox/${message.id}/retry`);
      setRetried(message.recipient.email);
      await Promise.all([list.reload(), overview.reload()]);
    } catch (error) {
      setProblem(error);
    }
  };

  const messages = [...(list.data ?? []), ...more];
  return (
    <>
      <PageTitle>{t('admin.mail')}</PageTitle>
      <section aria-labelledby="mail-settings-title" className="card">
        <h2 id="mail-settings-title">{t('adminMail.settingsTitle')}</h2>
        <p className="muted">{t('adminMail.settingsIntro')}</p>
        <ProblemAlert error={settings.error} />
        {settings.data ? <MailSettingsFacts settings={settings.data} /> : <Loading />}
      </section>
      <h2>{t('adminMail.outboxTitle')}</h2>
      <ProblemAlert error={overview.error ?? list.error ?? problem} />
      {overview.data ? (
        <ul className="outbox-counts">
          {STATUSES.map((s) => (
            <li key={s}>
              <strong>{overview.data?.counts[s]}</strong> {t(STATUS_LABEL[s])}
            </li>
          ))}
        </ul>
      ) : null}
      {retried ? (
        <p className="alert alert-success" role="status">
          {t('adminMail.retried', { email: retried })}
        </p>
      ) : null}
      <div className="filters">
        <SelectField
          label={t('adminMail.filterStatus')}
          value={status}
          onChange={(e) => {
            const value = e.target.value;
            setStatus(STATUSES.find((s) => s === value) ?? '');
          }}
        >
          <option value="">{t('adminMail.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LABEL[s])}
            </option>
          ))}
        </SelectField>
      </div>
      {list.data ? (
        <div className="table-scroll">
          <table>
            <caption>{t('adminMail.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminMail.created')}</th>
                <th scope="col">{t('adminMail.kind')}</th>
                <th scope="col">{t('adminMail.recipient')}</th>
                <th scope="col">{t('admin.state')}</th>
                <th scope="col">{t('adminMail.attempts')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.length === 0 ? (
                <tr>
                  <td colSpan={6}>{t('adminMail.empty')}</td>
                </tr>
              ) : null}
              {messages.map((message) => (
                <tr key={message.id}>
                  <td>{dateTime(message.createdAt)}</td>
                  <td>
                    <KindLabel kind={message.kind} />
                  </td>
                  <td>
                    {message.recipient.name} &lt;{message.recipient.email}&gt;
                  </td>
                  <td>
                    <span className={`badge outbox-${message.status}`}>
                      {t(STATUS_LABEL[message.status])}
                    </span>
                    {message.sentAt ? (
                      <span className="muted small"> {dateTime(message.sentAt)}</span>
                    ) : null}
                    {message.lastError ? (
                      <p className="small outbox-error">
                        {t('adminMail.lastError')}: {message.lastError}
                      </p>
                    ) : null}
                  </td>
                  <td>{message.attempts}</td>
                  <td>
                    <div className="row-actions">
                      <a href={`/api/v1/outbox/${encodeURIComponent(message.id)}/eml`} download>
                        .eml <span className="visually-hidden">{message.recipient.email}</span>
                      </a>
                      {message.status === 'failed' ? (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void retry(message)}
                        >
                          {t('adminMail.retry')}{' '}
                          <span className="visually-hidden">{message.recipient.email}</span>
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Loading />
      )}
      {cursor !== null ? (
        <button type="button" className="button" onClick={() => void loadMore()}>
          {t('adminMail.more')}
        </button>
      ) : null}
    </>
  );
}
