/**
 * A ticket in the console: facts and deadlines with "why is it due then?" (the counted and
 * skipped spans from GET /sla/explain), assignment, every message kind (reply, internal note,
 * diagnosis, request information or tests, propose a solution) with files, closing out of
 * scope with a cause and a written reason, the timeline and the history of changes.
 */

import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type {
  Explanation,
  HistoryEntry,
  MessageKind,
  SlaExplain,
  TicketDetail,
  User,
} from '../api/types';
import { useServerNow } from '../clock';
import { FlashNotice } from '../components/flash-notice';
import { ProblemAlert } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { MessageForm } from '../components/reply-form';
import { TicketFacts } from '../components/sla-facts';
import { Timeline } from '../components/timeline';
import { isMessageKey, useI18n } from '../i18n/i18n';
import { VisitPanel } from '../onsite/visit-panel';
import { Link } from '../router';
import { useLoad } from '../use-load';
import { loadCustomers, loadOrganizations, loadStaff } from './people';
import { AssignForm, CloseOutOfScope } from './ticket-actions';

const OPEN_KINDS: readonly MessageKind[] = [
  'diagnosis',
  'info_request',
  'test_request',
  'reply',
  'note',
  'solution',
];
function ExplanationBlock(props: { title: string; explanation: Explanation }) {
  const { t, dateTime, time } = useI18n();
  const e = props.explanation;
  return (
    <section className="explanation">
      <h3>{props.title}</h3>
      <p>
        {t('explain.summary', {
          from: dateTime(e.from),
          to: dateTime(e.to),
          minutes: Math.round(e.countedMinutes),
        })}
      </p>
      <ul>
        {e.counted.map((span) => (
          <li key={`c-${span.start}`}>
            ✓ {dateTime(span.start)} – {time(span.end)}:{' '}
            {t('explain.counted', { minutes: Math.round(span.minutes) })}
          </li>
        ))}
        {e.skipped.map((span) => (
          <li key={`s-${span.start}`} className="muted">
            ✗ {dateTime(span.start)} – {dateTime(span.end)}: {span.label}
          </li>
        ))}
      </ul>
    </section>
  );
}

function WhyDue(props: { ticketId: string }) {
  const { t } = useI18n();
  const [explain, setExplain] = useState<SlaExplain | null>(null);
  const [problem, setProblem] = useState<unknown>();
  const [open, setOpen] = useState(false);
  const toggle = async () => {
    setOpen(!open);
    if (explain !== null || open) return;
    try {
      setExplain(await api<SlaExplain>('GET', `/tickets/${props.ticketId}/sla/explain`));
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <section className="card" aria-labelledby="why-title">
      <h2 id="why-title">
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => void toggle()}
        >
          {t('explain.title')}
        </button>
      </h2>
      {open ? (
        <>
          <ProblemAlert error={problem} />
          {explain ? (
            <>
              <ExplanationBlock
                title={t('explain.firstResponse')}
                explanation={explain.firstResponse}
              />
              {explain.notifications[0] ? (
                <ExplanationBlock
                  title={t('explain.notification')}
                  explanation={explain.notifications[0]}
                />
              ) : null}
              {explain.warning ? (
                <ExplanationBlock title={t('explain.warning')} explanation={explain.warning} />
              ) : null}
              {explain.autoClose ? (
                <ExplanationBlock title={t('explain.autoClose')} explanation={explain.autoClose} />
              ) : null}
            </>
          ) : (
            <Loading />
          )}
        </>
      ) : null}
    </section>
  );
}

function History(props: {
  ticketId: string;
  version: string;
  nameOf: (id: string | null) => string;
}) {
  const { t, dateTime } = useI18n();
  const history = useLoad(
    () => api<{ items: HistoryEntry[] }>('GET', `/tickets/${props.ticketId}/history`),
    `${props.ticketId}:${props.version}`,
  );
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ProblemAlert error={history.error} />
      <ol className="history">
        {(history.data?.items ?? []).map((entry) => {
          const key = `history.${entry.action}`;
          const changes = Object.entries(entry.changes)
            .map(
              ([name, value]) =>
                `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
            )
            .join('; ');
          return (
            <li key={entry.id}>
              <time dateTime={entry.createdAt}>{dateTime(entry.createdAt)}</time> ·{' '}
              <strong>{isMessageKey(key) ? t(key) : entry.action}</strong> ·{' '}
              {props.nameOf(entry.actorId)}
              {changes ? <span className="muted small"> — {changes}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function ConsoleTicketPage(props: { id: string }) {
  const { t } = useI18n();
  const now = useServerNow();
  const loaded = useLoad(() => api<TicketDetail>('GET', `/tickets/${props.id}`), props.id);
  const [staff, setStaff] = useState<User[]>([]);
  const [customers, setCustomers] = useState<User[]>([]);
  const [organization, setOrganization] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  // Counts actions: a visit's steps write the history without touching the ticket's updatedAt.
  const [actions, setActions] = useState(0);
  const ticket = loaded.data;
  const organizationId = ticket?.organizationId;

  useEffect(() => {
    loadStaff()
      .then(setStaff)
      .catch(() => {});
  }, []);
  useEffect(() => {
    if (organizationId === undefined) return;
    loadCustomers(organizationId)
      .then(setCustomers)
      .catch(() => {});
    loadOrganizations()
      .then((all) => setOrganization(all.find((o) => o.id === organizationId)?.name ?? ''))
      .catch(() => {});
  }, [organizationId]);

  if (loaded.error) {
    return (
      <>
        <PageTitle>
          {t(loaded.error.status === 404 ? 'ticket.notFoundTitle' : 'error.title')}
        </PageTitle>
        <ProblemAlert error={loaded.error} />
        <Link to="/console">{t('nav.queue')}</Link>
      </>
    );
  }
  if (!ticket) return <Loading />;

  const nameOf = (id: string | null) =>
    id === null
      ? t('ticket.system')
      : (staff.find((u) => u.id === id)?.name ?? customers.find((u) => u.id === id)?.name ?? '…');
  const refresh = (message: string) => {
    setActions((n) => n + 1);
    setNotice(message);
    void loaded.reload();
  };
  const closed = ticket.status === 'closed';

  return (
    <>
      <PageTitle>{`${ticket.number} · ${ticket.subject}`}</PageTitle>
      <FlashNotice />
      {notice ? (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      ) : null}
      <div className="columns">
        <div>
          <TicketFacts
            ticket={ticket}
            now={now}
            extra={
              <>
                <dt>{t('queue.organization')}</dt>
                <dd>{organization}</dd>
                <dt>{t('ticket.requester')}</dt>
                <dd>{nameOf(ticket.requesterId)}</dd>
                <dt>{t('queue.assignee')}</dt>
                <dd>{ticket.assigneeId ? nameOf(ticket.assigneeId) : t('queue.unassigned')}</dd>
                {ticket.closeReason ? (
                  <>
                    <dt>{t('close.reason')}</dt>
                    <dd>
                      {ticket.closeCause
                        ? `${t(`cause.${ticket.closeCause}` as 'cause.other')}: `
                        : ''}
                      {ticket.closeReason}
                    </dd>
                  </>
                ) : null}
              </>
            }
          />
          {ticket.checklist && ticket.checklist.length > 0 ? (
            <details className="card">
              <summary>{t('checklist.answers')}</summary>
              <ul>
                {ticket.checklist.map((entry) => (
                  <li key={entry.item}>
                    {t(`checklist.${entry.item}.title`)}:{' '}
                    <strong>{t(`answer.${entry.answer}`)}</strong>
                    {entry.note ? ` — ${entry.note}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <WhyDue ticketId={ticket.id} />
        </div>
        <div>
          {closed ? null : (
            <AssignForm ticket={ticket} staff={staff} onDone={() => refresh(t('assign.done'))} />
          )}
          <section aria-labelledby="act-title">
            <h2 id="act-title">{t('act.title')}</h2>
            <MessageForm
              ticketId={ticket.id}
              kinds={closed ? ['note'] : OPEN_KINDS}
              label={t('act.body')}
              submitLabel={t('act.submit')}
              onPosted={(_posted, kind) => refresh(t('act.done', { kind: t(`kind.${kind}`) }))}
            />
          </section>
          {closed ? null : (
            <CloseOutOfScope ticketId={ticket.id} onDone={() => refresh(t('close.done'))} />
          )}
          <VisitPanel ticket={ticket} staff={staff} onChanged={refresh} />
        </div>
      </div>
      <Timeline ticket={ticket} authorName={nameOf} />
      <History ticketId={ticket.id} version={`${ticket.updatedAt}:${actions}`} nameOf={nameOf} />
    </>
  );
}
