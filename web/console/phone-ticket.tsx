/**
 * Registering a case a customer phoned in (SPEC §6): the organization, who called, when the
 * call came in (its clock starts then, even out of hours on 7x24), the impact the contract
 * allows, and what they said.
 */

import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Contract, Impact, Organization, Page, RegisteredTicket, User } from '../api/types';
import { serverNow } from '../clock';
import {
  type FieldErrors,
  InvalidAlert,
  isValid,
  ProblemAlert,
  SelectField,
  TextArea,
  TextField,
} from '../components/forms';
import { PageTitle } from '../components/layout';
import { problemFieldErrors, shownBesideField } from '../components/problem-fields';
import { useSendOnce } from '../components/send-once';
import { useSessionDraft } from '../components/session-draft';
import { setFlash } from '../flash';
import { BOGOTA, useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { loadCustomers, loadOrganizations } from './people';

/** "2026-03-16T09:40" in Bogotá for an instant (the value of a datetime-local input). */
function bogotaLocal(ms: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: BOGOTA,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** Bogotá is UTC-5 all year (no daylight saving): a local time there as an ISO instant. */
function bogotaInstant(local: string): string {
  return `${local}:00-05:00`;
}

/** Codes about one field of the form rather than the whole send. */
const CODE_FIELDS = {
  NO_ACTIVE_CONTRACT: 'organizationId',
  REQUESTER_NOT_IN_ORGANIZATION: 'requesterId',
  CHANGE_REQUIRES_MANAGED_SERVICE: 'impact',
} as const;

function allowedImpacts(contract: Contract | undefined): Impact[] {
  const change = contract?.services.some((s) => s === 'managed' || s === 'administration');
  return change ? ['high', 'medium', 'low', 'change'] : ['high', 'medium', 'low'];
}

export function PhoneTicketPage() {
  const { t } = useI18n();
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [customers, setCustomers] = useState<User[]>([]);
  const [contract, setContract] = useState<Contract | undefined>();
  const [organizationId, setOrganizationId] = useState('');
  const [requesterId, setRequesterId] = useState('');
  const [calledAt, setCalledAt] = useState(() => bogotaLocal(serverNow()));
  const [subject, setSubject] = useSessionDraft('phone.subject');
  const [description, setDescription] = useSessionDraft('phone.description');
  const [impact, setImpact] = useState<Impact | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const { busy, sendOnce } = useSendOnce();
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  useEffect(() => {
    loadOrganizations().then(setOrganizations).catch(setProblem);
  }, []);
  useEffect(() => {
    setCustomers([]);
    setContract(undefined);
    if (organizationId === '') return;
    loadCustomers(organizationId)
      .then((users) =>
        setCustomers(users.filter((u) => u.active && u.organizationId === organizationId)),
      )
      .catch(setProblem);
    api<Page<Contract>>('GET', `/organizations/${organizationId}/contracts`)
      .then((page) => setContract(page.items.find((c) => c.active)))
      .catch(setProblem);
  }, [organizationId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const callMs = Date.parse(bogotaInstant(calledAt));
    const local: FieldErrors = {
      organizationId: organizationId === '' ? t('form.requiredField') : undefined,
      requesterId: requesterId === '' ? t('form.requiredField') : undefined,
      reportedAt:
        calledAt === '' || Number.isNaN(callMs)
          ? t('form.requiredField')
          : callMs > serverNow() + 60_000
            ? t('phone.callInFuture')
            : undefined,
      subject:
        subject.trim() === ''
          ? t('form.requiredField')
          : subject.length > 200
            ? t('form.tooLong', { max: 200 })
            : undefined,
      description:
        description.trim() === ''
          ? t('form.requiredField')
          : description.length > 20_000
            ? t('form.tooLong', { max: 20_000 })
            : undefined,
      impact: impact === '' ? t('form.chooseImpact') : undefined,
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    void sendOnce(async () => {
      try {
        const ticket = await api<RegisteredTicket>('POST', '/tickets', {
          body: {
            organizationId,
            requesterId,
            channel: 'phone',
            reportedAt: bogotaInstant(calledAt),
            subject: subject.trim(),
            description: description.trim(),
            impact,
          },
          headers: { 'idempotency-key': idempotencyKey },
        });
        setSubject('');
        setDescription('');
        setFlash(t('form.registered', { number: ticket.number }));
        navigate(`/console/tickets/${ticket.id}`);
      } catch (error) {
        setErrors(problemFieldErrors(error, CODE_FIELDS));
        setProblem(shownBesideField(error, CODE_FIELDS) ? undefined : error);
      }
    });
  };

  return (
    <>
      <PageTitle>{t('phone.title')}</PageTitle>
      <p>{t('phone.intro')}</p>
      <form onSubmit={submit} noValidate className="card">
        <InvalidAlert show={!isValid(errors)} />
        <ProblemAlert error={problem} />
        <SelectField
          label={t('queue.organization')}
          value={organizationId}
          onChange={(e) => {
            setOrganizationId(e.target.value);
            setRequesterId('');
          }}
          error={errors.organizationId}
          required
        >
          <option value="">{t('phone.choose')}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        {organizationId !== '' && contract === undefined ? (
          <p className="alert alert-warning">{t('phone.noContract')}</p>
        ) : null}
        <SelectField
          label={t('phone.requester')}
          value={requesterId}
          onChange={(e) => setRequesterId(e.target.value)}
          error={errors.requesterId}
          required
        >
          <option value="">{t('phone.choose')}</option>
          {customers.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} — {u.email}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('phone.calledAt')}
          hint={t('phone.calledAtHint')}
          type="datetime-local"
          value={calledAt}
          onChange={(e) => setCalledAt(e.target.value)}
          error={errors.reportedAt}
          required
        />
        <SelectField
          label={t('form.impact')}
          value={impact}
          onChange={(e) => setImpact(e.target.value as Impact | '')}
          error={errors.impact}
          required
        >
          <option value="">{t('phone.choose')}</option>
          {allowedImpacts(contract).map((i) => (
            <option key={i} value={i}>
              {t(`impact.${i}.title`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('form.subject')}
          value={subject}
          maxLength={200}
          onChange={(e) => setSubject(e.target.value)}
          error={errors.subject}
          required
        />
        <TextArea
          label={t('form.description')}
          value={description}
          maxLength={20_000}
          rows={5}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
          required
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.sending') : t('phone.submit')}
        </button>
      </form>
    </>
  );
}
