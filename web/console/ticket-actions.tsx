/**
 * The console's ticket actions besides messages: assigning (to anyone of the staff or oneself)
 * and closing out of scope with a cause and a written reason (SPEC §5). One send at a time;
 * the server's refusals are said beside their field; the reason survives an expired session.
 */

import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { OutOfScopeCause, TicketDetail, User } from '../api/types';
import {
  type FieldErrors,
  InvalidAlert,
  isValid,
  ProblemAlert,
  SelectField,
  TextArea,
} from '../components/forms';
import { problemFieldErrors, shownBesideField } from '../components/problem-fields';
import { useSendOnce } from '../components/send-once';
import { useSessionDraft } from '../components/session-draft';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';

const CAUSES: readonly OutOfScopeCause[] = ['provider_failure', 'equipment_not_covered', 'other'];

/** Codes about one field of the assignment or the closure rather than the whole send. */
const ASSIGN_FIELDS = { ASSIGNEE_NOT_STAFF: 'assigneeId' } as const;
const CLOSE_FIELDS = { REASON_REQUIRED: 'reason' } as const;

export function AssignForm(props: { ticket: TicketDetail; staff: User[]; onDone: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [assigneeId, setAssigneeId] = useState(props.ticket.assigneeId ?? '');
  const [problem, setProblem] = useState<unknown>();
  const { busy, sendOnce } = useSendOnce();
  const assign = (id: string | null) =>
    sendOnce(async () => {
      setProblem(undefined);
      try {
        await api('POST', `/tickets/${props.ticket.id}/assign`, { body: { assigneeId: id } });
        props.onDone();
      } catch (error) {
        setProblem(error);
      }
    });
  const errors = problemFieldErrors(problem, ASSIGN_FIELDS);
  return (
    <form
      className="card inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void assign(assigneeId === '' ? null : assigneeId);
      }}
    >
      <ProblemAlert error={shownBesideField(problem, ASSIGN_FIELDS) ? undefined : problem} />
      <SelectField
        label={t('assign.label')}
        value={assigneeId}
        onChange={(e) => setAssigneeId(e.target.value)}
        error={errors.assigneeId}
      >
        <option value="">{t('queue.unassigned')}</option>
        {props.staff.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {t('assign.submit')}
        </button>
        {props.ticket.assigneeId !== user.id ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void assign(user.id)}
          >
            {t('assign.me')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function CloseOutOfScope(props: { ticketId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [cause, setCause] = useState<OutOfScopeCause>('provider_failure');
  const [reason, setReason] = useSessionDraft(`close.${props.ticketId}`);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const { busy, sendOnce } = useSendOnce();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = {
      reason:
        reason.trim() === ''
          ? t('close.reasonRequired')
          : reason.length > 2000
            ? t('form.tooLong', { max: 2000 })
            : undefined,
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    void sendOnce(async () => {
      try {
        await api('POST', `/tickets/${props.ticketId}/close`, {
          body: { resolution: 'out_of_scope', cause, reason: reason.trim() },
        });
        setReason('');
        props.onDone();
      } catch (error) {
        setErrors(problemFieldErrors(error, CLOSE_FIELDS));
        setProblem(shownBesideField(error, CLOSE_FIELDS) ? undefined : error);
      }
    });
  };
  return (
    <details className="card">
      <summary>{t('close.title')}</summary>
      <form onSubmit={submit} noValidate>
        <InvalidAlert show={!isValid(errors)} />
        <ProblemAlert error={problem} />
        <SelectField
          label={t('close.cause')}
          value={cause}
          onChange={(e) => setCause(e.target.value as OutOfScopeCause)}
          error={errors.cause}
        >
          {CAUSES.map((c) => (
            <option key={c} value={c}>
              {t(`cause.${c}`)}
            </option>
          ))}
        </SelectField>
        <TextArea
          label={t('close.reason')}
          value={reason}
          rows={3}
          maxLength={2000}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
          required
        />
        <button type="submit" className="button danger" disabled={busy}>
          {busy ? t('common.sending') : t('close.submit')}
        </button>
      </form>
    </details>
  );
}
