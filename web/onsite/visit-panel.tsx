/**
 * The on-site side panel of a console ticket (SPEC §8): shown only when the ticket's contract
 * includes on-site support (or it already had a visit). An agent schedules a visit — the
 * technician, why remote resolution failed, the arrival proposed from the travel-time table by
 * the contract's city (editable: what was agreed with the customer) — and moves it scheduled →
 * on the way → on site → done, or cancels it before arrival.
 */

import { type FormEvent, useState } from 'react';
import { ApiError, api, query } from '../api/client';
import type { Visit, VisitProposal } from '../api/onsite-types';
import type { Page, TicketDetail, User } from '../api/types';
import {
  type FieldErrors,
  InvalidAlert,
  isValid,
  ProblemAlert,
  SelectField,
  serverFieldErrors,
  TextArea,
  TextField,
} from '../components/forms';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useLoad } from '../use-load';
import { fromBogotaInput, toBogotaInput } from './bogota-input';
import { VisitFacts } from './visit-view';

/** The one step forward from each state, as its route and button. */
const NEXT_STEP: Partial<Record<Visit['status'], { path: string; label: MessageKey }>> = {
  scheduled: { path: 'depart', label: 'visit.depart' },
  on_the_way: { path: 'arrive', label: 'visit.arrive' },
  on_site: { path: 'complete', label: 'visit.complete' },
};

/** Which field a refusal of the schedule form belongs beside. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  VISIT_ARRIVAL_OUT_OF_RANGE: 'plannedArrivalAt',
  TECHNICIAN_NOT_STAFF: 'technicianId',
};

function fieldErrorsOf(error: unknown): FieldErrors {
  const errors: Record<string, string | undefined> = { ...serverFieldErrors(error) };
  if (error instanceof ApiError) {
    const field = FIELD_OF_CODE[error.code];
    if (field !== undefined) errors[field] = error.problem.detail;
    // A blank reason passes the schema but not the use case.
    if (error.code === 'VALIDATION_FAILED' && error.problem.detail.includes('reason')) {
      errors.reason = error.problem.detail;
    }
  }
  return errors;
}

function ScheduleForm(props: {
  ticketId: string;
  proposal: VisitProposal;
  staff: User[];
  onDone: () => void;
}) {
  const { t, duration } = useI18n();
  const { user } = useSession();
  const proposed = props.proposal.plannedArrivalAt
    ? toBogotaInput(props.proposal.plannedArrivalAt)
    : '';
  const [technicianId, setTechnicianId] = useState(user.id);
  const [reason, setReason] = useState('');
  const [arrival, setArrival] = useState(proposed);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const planned = fromBogotaInput(arrival);
    const local: FieldErrors = {
      technicianId: technicianId === '' ? t('form.requiredField') : undefined,
      reason: reason.trim() === '' ? t('form.requiredField') : undefined,
      plannedArrivalAt: planned === null ? t('visit.arrivalInvalid') : undefined,
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    setBusy(true);
    try {
      await api<Visit>('POST', '/visits', {
        body: {
          ticketId: props.ticketId,
          technicianId,
          reason: reason.trim(),
          // Untouched, the server adds the travel time to the moment it schedules.
          ...(arrival === proposed ? {} : { plannedArrivalAt: planned }),
        },
      });
      props.onDone();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      setProblem(isValid(fields) ? error : undefined);
    } finally {
      setBusy(false);
    }
  };

  const { city, travelMinutes, travelTimeExample } = props.proposal;
  return (
    <details className="card">
      <summary>{t('visit.schedule')}</summary>
      <form onSubmit={submit} noValidate>
        <InvalidAlert show={!isValid(errors)} />
        <ProblemAlert error={problem} />
        <SelectField
          label={t('visit.technician')}
          value={technicianId}
          onChange={(e) => setTechnicianId(e.target.value)}
          error={errors.technicianId}
          required
        >
          {props.staff.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <TextArea
          label={t('visit.reasonLabel')}
          value={reason}
          rows={3}
          maxLength={4000}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
          required
        />
        <TextField
          label={t('visit.plannedArrivalLabel')}
          type="datetime-local"
          value={arrival}
          onChange={(e) => setArrival(e.target.value)}
          error={errors.plannedArrivalAt}
          hint={
            city !== null && travelMinutes !== null
              ? `${t('visit.proposedFrom', { city, travel: duration(travelMinutes * 60_000) })}${
                  travelTimeExample ? ` ${t('visit.exampleTravelTime')}` : ''
                }`
              : undefined
          }
          required
        />
        <button type="submit" className="button primary" disabled={busy}>
          {t('visit.scheduleSubmit')}
        </button>
      </form>
    </details>
  );
}

function VisitActions(props: { visit: Visit; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const next = NEXT_STEP[props.visit.status];
  const cancellable = props.visit.status === 'scheduled' || props.visit.status === 'on_the_way';

  const move = async (path: string, body?: object) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const moved = await api<Visit>('POST', `/visits/${props.visit.id}/${path}`, {
        body: body ?? {},
      });
      props.onDone(t('visit.moved', { status: t(`visit.status.${moved.status}`) }));
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  if (next === undefined) return null;
  return (
    <div>
      <ProblemAlert error={problem} />
      {props.visit.status === 'on_site' ? (
        <TextArea
          label={t('visit.outcomeLabel')}
          value={outcome}
          rows={2}
          maxLength={4000}
          onChange={(e) => setOutcome(e.target.value)}
        />
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() =>
            void move(
              next.path,
              next.path === 'complete' && outcome.trim() !== ''
                ? { outcome: outcome.trim() }
                : undefined,
            )
          }
        >
          {t(next.label)}
        </button>
        {cancellable ? (
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={() => void move('cancel')}
          >
            {t('visit.cancel')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

export function VisitPanel(props: {
  ticket: TicketDetail;
  staff: User[];
  onChanged: (message: string) => void;
}) {
  const { t } = useI18n();
  const { ticket } = props;
  const proposal = useLoad(
    () => api<VisitProposal>('GET', `/visits/proposal${query({ ticketId: ticket.id })}`),
    ticket.id,
  );
  const visits = useLoad(
    () => api<Page<Visit>>('GET', `/visits${query({ ticketId: ticket.id, limit: '20' })}`),
    `${ticket.id}:${ticket.updatedAt}`,
  );
  const list = visits.data?.items ?? [];
  const onSite = proposal.data?.onSite === true || proposal.error !== undefined;
  // A closed case takes no new visit: the panel only shows the ones it had.
  if ((!onSite || ticket.status === 'closed') && list.length === 0) return null;

  const changed = (message: string) => {
    void visits.reload();
    props.onChanged(message);
  };
  const active = list.find((v) => v.status !== 'done' && v.status !== 'cancelled');
  return (
    <section className="card" aria-labelledby="visit-title">
      <h2 id="visit-title">{t('visit.title')}</h2>
      <ProblemAlert error={proposal.error ?? visits.error} />
      {list.map((visit) => (
        <VisitFacts key={visit.id} visit={visit} technician={visit.technician.name}>
          <VisitActions visit={visit} onDone={changed} />
        </VisitFacts>
      ))}
      {list.length === 0 ? <p>{t('visit.none')}</p> : null}
      {active === undefined && ticket.status !== 'closed' && proposal.data?.onSite ? (
        <ScheduleForm
          ticketId={ticket.id}
          proposal={proposal.data}
          staff={props.staff}
          onDone={() => changed(t('visit.scheduled'))}
        />
      ) : null}
    </section>
  );
}
