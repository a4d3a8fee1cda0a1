/**
 * A customer's ticket: facts and due times, the timeline, answers to information or test
 * requests with files, accept or reject a proposed solution, and on a closed ticket a reply
 * that says, before sending, that it opens a new case (SPEC §5).
 */

import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { MessagePosted, TicketDetail, TicketSummary } from '../api/types';
import { useServerNow } from '../clock';
import { FlashNotice } from '../components/flash-notice';
import { ProblemAlert, serverFieldErrors, TextArea } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { MessageForm } from '../components/reply-form';
import { useSendOnce } from '../components/send-once';
import { useSessionDraft } from '../components/session-draft';
import { TicketFacts } from '../components/sla-facts';
import { Timeline } from '../components/timeline';
import { setFlash } from '../flash';
import { useI18n } from '../i18n/i18n';
import { TicketVisits } from '../onsite/ticket-visits';
import { Link, navigate } from '../router';
import { TicketSatisfaction } from '../satisfaction/ticket-satisfaction';
import { useSession } from '../session';
import { useLoad } from '../use-load';

function SolutionDecision(props: {
  ticket: TicketDetail;
  onDone: (ticket: TicketSummary) => void;
}) {
  const { t } = useI18n();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useSessionDraft(`reject.${props.ticket.id}`);
  const [problem, setProblem] = useState<unknown>();
  const [tooLong, setTooLong] = useState(false);
  const { busy, sendOnce } = useSendOnce();
  const act = (path: 'accept' | 'reject', body: object) =>
    sendOnce(async () => {
      setProblem(undefined);
      try {
        const summary = await api<TicketSummary>('POST', `/tickets/${props.ticket.id}/${path}`, {
          body,
        });
        setReason('');
        props.onDone(summary);
      } catch (error) {
        setProblem(error);
      }
    });
  const reject = (event: FormEvent) => {
    event.preventDefault();
    // The reason is optional; only its length is checked before sending.
    const long = reason.length > 2000;
    setTooLong(long);
    if (long) return;
    void act('reject', reason.trim() === '' ? {} : { reason: reason.trim() });
  };
  return (
    <section className="card decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('decision.title')}</h2>
      <p>{t('decision.intro')}</p>
      <ProblemAlert error={problem} />
      {rejecting ? (
        <form onSubmit={reject} noValidate>
          <TextArea
            label={t('decision.reason')}
            value={reason}
            rows={3}
            maxLength={2000}
            onChange={(event) => setReason(event.target.value)}
            error={tooLong ? t('form.tooLong', { max: 2000 }) : serverFieldErrors(problem).reason}
          />
          <div className="actions">
            <button type="submit" className="button danger" disabled={busy}>
              {busy ? t('common.sending') : t('decision.confirmReject')}
            </button>
            <button type="button" className="button" onClick={() => setRejecting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void act('accept', {})}
          >
            {t('decision.accept')}
          </button>
          <button type="button" className="button" onClick={() => setRejecting(true)}>
            {t('decision.reject')}
          </button>
        </div>
      )}
    </section>
  );
}

export function PortalTicketPage(props: { id: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const now = useServerNow();
  const loaded = useLoad(() => api<TicketDetail>('GET', `/tickets/${props.id}`), props.id);
  const [notice, setNotice] = useState<string | null>(null);

  if (loaded.error) {
    return (
      <>
        <PageTitle>
          {t(loaded.error.status === 404 ? 'ticket.notFoundTitle' : 'error.title')}
        </PageTitle>
        <ProblemAlert error={loaded.error} />
        <p>
          <Link to="/portal/tickets">{t('ticket.backToList')}</Link>
        </p>
      </>
    );
  }
  const ticket = loaded.data;
  if (!ticket) return <Loading />;

  const authorName = (authorId: string | null) =>
    authorId === null
      ? t('ticket.system')
      : authorId === user.id
        ? t('ticket.you')
        : authorId === ticket.requesterId
          ? t('ticket.requester')
          : t('ticket.center');

  const posted = (result: MessagePosted) => {
    if (result.newTicket) {
      setFlash(t('ticket.newCaseOpened', { number: result.newTicket.number }));
      navigate(`/portal/tickets/${result.newTicket.id}`);
      return;
    }
    setNotice(result.courtesy ? t('ticket.courtesyRecorded') : t('ticket.replySent'));
    void loaded.reload();
  };

  const closed = ticket.status === 'closed';
  const waiting = ticket.status === 'waiting_customer';
  const lastRequest = [...ticket.messages]
    .reverse()
    .find((m) => m.kind === 'info_request' || m.kind === 'test_request');

  return (
    <>
      <PageTitle>{`${ticket.number} · ${ticket.subject}`}</PageTitle>
      <FlashNotice />
      {notice ? (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      ) : null}
      {ticket.previousTicketId ? (
        <p>
          {t('ticket.followsUp')}{' '}
          <Link to={`/portal/tickets/${ticket.previousTicketId}`}>{t('ticket.previousCase')}</Link>
        </p>
      ) : null}
      <TicketFacts ticket={ticket} now={now} />
      <TicketVisits ticketId={ticket.id} version={ticket.updatedAt} />
      {closed ? <TicketSatisfaction ticketId={ticket.id} version={ticket.updatedAt} /> : null}
      {ticket.status === 'solution_proposed' ? (
        <SolutionDecision
          ticket={ticket}
          onDone={(summary) => {
            setNotice(t(summary.status === 'closed' ? 'decision.accepted' : 'decision.rejected'));
            void loaded.reload();
          }}
        />
      ) : null}
      {waiting && lastRequest ? (
        <div className="alert alert-warning" role="status">
          <strong>{t('ticket.centerAsks')}</strong> {lastRequest.body}
        </div>
      ) : null}
      <section aria-labelledby="reply-title">
        <h2 id="reply-title">
          {t(closed ? 'reply.closedTitle' : waiting ? 'reply.answerTitle' : 'reply.title')}
        </h2>
        <MessageForm
          ticketId={ticket.id}
          kinds={['reply']}
          label={t('reply.body')}
          submitLabel={t(closed ? 'reply.submitClosed' : 'reply.submit')}
          notice={closed ? <p className="alert alert-warning">{t('reply.closedNotice')}</p> : null}
          onPosted={posted}
        />
      </section>
      <Timeline ticket={ticket} authorName={authorName} />
    </>
  );
}
