/**
 * Registering a case as the guide asks (SPEC §6–7): first the checklist, one question at a
 * time (yes / no / not applicable, with a note), then the form — the subject suggests FAQ
 * articles as it is typed, the impact levels are described in the guide's words (`change` only
 * when the contract has it), and on a 7x24 contract out of hours a high impact shows the call
 * notice with the numbers before sending. The draft is kept in the tab's storage, so a failed
 * send, a reload or a look at another page loses nothing; one Idempotency-Key per draft makes
 * a retried send register one case.
 */

import { type FormEvent, useEffect, useState } from 'react';
import { api, uploadAttachment } from '../api/client';
import {
  CHECKLIST_ITEMS,
  type ChecklistAnswer,
  type ChecklistEntry,
  type ChecklistItem,
  type FaqArticle,
  type Impact,
  type RegisteredTicket,
} from '../api/types';
import {
  type FieldErrors,
  FilePicker,
  fileError,
  InvalidAlert,
  isValid,
  ProblemAlert,
  TextArea,
  TextField,
  uploadError,
} from '../components/forms';
import { PageTitle } from '../components/layout';
import { PhoneNumbers } from '../components/phones';
import { problemFieldErrors, shownBesideField } from '../components/problem-fields';
import { useSendOnce } from '../components/send-once';
import { setFlash } from '../flash';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { useSession } from '../session';
import { FaqSuggestions } from './faq-suggestions';
import { AttentionNotice } from './home';

interface Draft {
  step: number;
  answers: Partial<Record<ChecklistItem, { answer: ChecklistAnswer; note: string }>>;
  subject: string;
  description: string;
  impact: Impact | '';
  idempotencyKey: string;
}

const DRAFT_KEY = 'mesa.ticket-draft';

function newDraft(): Draft {
  return {
    step: 0,
    answers: {},
    subject: '',
    description: '',
    impact: '',
    idempotencyKey: crypto.randomUUID(),
  };
}

function loadDraft(): Draft {
  try {
    const saved = sessionStorage.getItem(DRAFT_KEY);
    return saved ? { ...newDraft(), ...(JSON.parse(saved) as Partial<Draft>) } : newDraft();
  } catch {
    return newDraft();
  }
}

function saveDraft(draft: Draft | null): void {
  try {
    if (draft === null) sessionStorage.removeItem(DRAFT_KEY);
    else sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // No storage: the draft lives as long as the page.
  }
}

const ANSWERS: readonly ChecklistAnswer[] = ['yes', 'no', 'not_applicable'];

/** Codes that are about one field of the form rather than the whole send. */
const CODE_FIELDS = {
  CHANGE_REQUIRES_MANAGED_SERVICE: 'impact',
  ATTACHMENT_TOO_LARGE: 'files',
  ATTACHMENT_TYPE_NOT_ALLOWED: 'files',
} as const;

/**
 * The server's complaint about a checklist answer (`checklist.3.note`), said above the form
 * with the check's title, since the checklist's steps are behind the form by then.
 */
function checklistError(
  errors: FieldErrors,
  t: (key: `checklist.${ChecklistItem}.title`) => string,
): string | undefined {
  for (const [field, message] of Object.entries(errors)) {
    const match = /^checklist\.(\d+)/.exec(field);
    if (match === null || message === undefined) continue;
    const item = CHECKLIST_ITEMS[Number(match[1])];
    return item === undefined ? message : `${t(`checklist.${item}.title`)}: ${message}`;
  }
  return undefined;
}

function ChecklistStep(props: { draft: Draft; update: (change: Partial<Draft>) => void }) {
  const { t } = useI18n();
  const { draft, update } = props;
  const index = Math.min(draft.step, CHECKLIST_ITEMS.length - 1);
  const item = CHECKLIST_ITEMS[index] as ChecklistItem;
  const current = draft.answers[item];
  const [missing, setMissing] = useState(false);
  const setAnswer = (answer: ChecklistAnswer) => {
    setMissing(false);
    update({ answers: { ...draft.answers, [item]: { answer, note: current?.note ?? '' } } });
  };
  const setNote = (note: string) =>
    update({
      answers: { ...draft.answers, [item]: { answer: current?.answer ?? 'yes', note } },
    });
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (current === undefined) {
      setMissing(true);
      return;
    }
    update({ step: draft.step + 1 });
  };
  return (
    <form onSubmit={next} noValidate className="card checklist">
      <h2>
        {t('checklist.title')}{' '}
        <span className="muted">
          {t('checklist.progress', { n: index + 1, total: CHECKLIST_ITEMS.length })}
        </span>
      </h2>
      <progress value={index + 1} max={CHECKLIST_ITEMS.length} aria-hidden="true" />
      <fieldset aria-describedby={missing ? 'checklist-missing' : undefined}>
        <legend>
          <strong>{t(`checklist.${item}.title`)}</strong>
          <br />
          {t(`checklist.${item}.question`)}
        </legend>
        {item === 'faq_visited' ? (
          <p>
            <Link to="/portal/faq" target="_blank" rel="noopener">
              {t('checklist.openFaq')}
            </Link>
          </p>
        ) : null}
        {item === 'contact_center' ? <PhoneNumbers nationalOnly /> : null}
        <div className="choices">
          {ANSWERS.map((answer) => (
            <label key={answer} className="choice">
              <input
                type="radio"
                name={`checklist-${item}`}
                value={answer}
                checked={current?.answer === answer}
                onChange={() => setAnswer(answer)}
              />{' '}
              {t(`answer.${answer}`)}
            </label>
          ))}
        </div>
        {missing ? (
          <p className="field-error" id="checklist-missing" role="alert">
            {t('checklist.chooseOne')}
          </p>
        ) : null}
      </fieldset>
      <TextField
        label={t('checklist.note')}
        value={current?.note ?? ''}
        maxLength={1000}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="actions">
        {index > 0 ? (
          <button type="button" className="button" onClick={() => update({ step: index - 1 })}>
            {t('common.back')}
          </button>
        ) : null}
        <button type="submit" className="button primary">
          {index === CHECKLIST_ITEMS.length - 1 ? t('checklist.toForm') : t('common.next')}
        </button>
      </div>
    </form>
  );
}

function ImpactChoice(props: {
  value: Impact | '';
  onChange: (impact: Impact) => void;
  error: string | undefined;
  disabled: boolean;
}) {
  const { t, duration } = useI18n();
  const { attention } = useSession();
  const allowed = attention.contract?.impacts ?? ['high', 'medium', 'low'];
  return (
    <fieldset
      className={`impact-choice${props.error ? ' field-invalid' : ''}`}
      aria-describedby={props.error ? 'impact-error' : undefined}
      disabled={props.disabled}
    >
      <legend>
        {t('form.impact')}
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      {allowed.map((impact) => {
        const level = attention.levels[impact];
        return (
          <label key={impact} className="impact-option">
            <input
              type="radio"
              name="impact"
              value={impact}
              checked={props.value === impact}
              onChange={() => props.onChange(impact)}
            />
            <span>
              <strong>
                {t(`impact.${impact}.title`)} ({t('impact.firstResponse')}{' '}
                {duration(level.firstResponseMinutes * 60_000)})
              </strong>
              <br />
              {t(`impact.${impact}.description`)}{' '}
              <span className="muted">
                {t('impact.notifications', {
                  time: duration(level.notificationIntervalMinutes * 60_000),
                })}
              </span>
            </span>
          </label>
        );
      })}
      {props.error ? (
        <p className="field-error" id="impact-error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

function CallNotice(props: { message?: string }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-call" role="alert">
      <p>
        <strong>{props.message ?? t('form.callNotice')}</strong>
      </p>
      <PhoneNumbers nationalOnly />
    </div>
  );
}

export function NewTicketPage() {
  const { t } = useI18n();
  const { attention, refreshAttention } = useSession();
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const { busy, sendOnce } = useSendOnce();
  // The case the server registered while some of its files are still to be attached.
  const [created, setCreated] = useState<RegisteredTicket | null>(null);
  const [registered, setRegistered] = useState<RegisteredTicket | null>(null);
  const [deflected, setDeflected] = useState<FaqArticle | null>(null);

  useEffect(() => {
    void refreshAttention().catch(() => {});
  }, [refreshAttention]);

  const update = (change: Partial<Draft>) => {
    setDraft((current) => {
      const next = { ...current, ...change };
      saveDraft(next);
      return next;
    });
  };

  const checklistDone = draft.step >= CHECKLIST_ITEMS.length;

  const validate = (): FieldErrors => ({
    subject:
      draft.subject.trim() === ''
        ? t('form.requiredField')
        : draft.subject.length > 200
          ? t('form.tooLong', { max: 200 })
          : undefined,
    description:
      draft.description.trim() === ''
        ? t('form.requiredField')
        : draft.description.length > 20_000
          ? t('form.tooLong', { max: 20_000 })
          : undefined,
    impact: draft.impact === '' ? t('form.chooseImpact') : undefined,
    files: fileError(files, t),
  });

  const finish = (ticket: RegisteredTicket) => {
    saveDraft(null);
    if (ticket.callTheCenter) {
      setRegistered(ticket);
    } else {
      setFlash(t('form.registered', { number: ticket.number }));
      navigate(`/portal/tickets/${ticket.id}`);
    }
  };

  const register = async (): Promise<RegisteredTicket | null> => {
    const checklist: ChecklistEntry[] = CHECKLIST_ITEMS.flatMap((item) => {
      const entry = draft.answers[item];
      if (!entry) return [];
      const note = entry.note.trim();
      return [{ item, answer: entry.answer, ...(note === '' ? {} : { note }) }];
    });
    try {
      return await api<RegisteredTicket>('POST', '/tickets', {
        body: {
          subject: draft.subject.trim(),
          description: draft.description.trim(),
          impact: draft.impact,
          checklist,
        },
        headers: { 'idempotency-key': draft.idempotencyKey },
      });
    } catch (error) {
      const fields = problemFieldErrors(error, CODE_FIELDS);
      setErrors({ ...fields, checklist: checklistError(fields, t) });
      setProblem(shownBesideField(error, CODE_FIELDS) ? undefined : error);
      return null;
    }
  };

  const send = async () => {
    const ticket = created ?? (await register());
    if (ticket === null) return;
    setCreated(ticket);
    // Files go one by one; those attached leave the list, so a retry sends only the rest.
    const remaining = [...files];
    while (remaining.length > 0) {
      const file = remaining[0] as File;
      try {
        await uploadAttachment(ticket.id, file);
      } catch (error) {
        setFiles(remaining);
        setErrors({ files: uploadError(file, error, t) });
        return;
      }
      remaining.shift();
    }
    finish(ticket);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = created ? { files: fileError(files, t) } : validate();
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    void sendOnce(send);
  };

  const solved = async (article: FaqArticle) => {
    try {
      await api('POST', `/faq/${article.id}/deflections`, {
        body: { query: draft.subject.trim() },
      });
    } catch {
      // Recording is for reports; the user is helped either way.
    }
    saveDraft(null);
    setDeflected(article);
  };

  if (registered) {
    return (
      <>
        <PageTitle>{t('form.registeredTitle', { number: registered.number })}</PageTitle>
        <CallNotice
          {...(registered.callTheCenter ? { message: registered.callTheCenter.message } : {})}
        />
        <p>
          <Link to={`/portal/tickets/${registered.id}`}>
            {t('form.seeTicket', { number: registered.number })}
          </Link>
        </p>
      </>
    );
  }

  if (deflected) {
    return (
      <>
        <PageTitle>{t('faq.gladTitle')}</PageTitle>
        <div className="alert alert-success" role="status">
          {t('faq.gladText', { title: deflected.title })}
        </div>
        <div className="actions">
          <Link className="button" to="/portal">
            {t('nav.home')}
          </Link>
        </div>
      </>
    );
  }

  const callNow = draft.impact === 'high' && attention.highImpactByPhoneOnly;

  return (
    <>
      <PageTitle>{t('form.title')}</PageTitle>
      <AttentionNotice />
      {!checklistDone ? (
        <>
          <p>{t('checklist.intro')}</p>
          <ChecklistStep draft={draft} update={update} />
        </>
      ) : (
        <form onSubmit={submit} noValidate className="card ticket-form">
          <p>
            {t('form.checklistDone')}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => update({ step: CHECKLIST_ITEMS.length - 1 })}
            >
              {t('form.reviewChecklist')}
            </button>
          </p>
          {created ? (
            <div className="alert alert-warning" role="alert">
              {t('files.caseRegistered', { number: created.number })}
            </div>
          ) : null}
          <InvalidAlert show={!isValid(errors)} />
          <ProblemAlert error={problem} />
          {errors.checklist ? (
            <p className="field-error" role="alert">
              {errors.checklist}
            </p>
          ) : null}
          <TextField
            label={t('form.subject')}
            hint={t('form.subjectHint')}
            value={draft.subject}
            readOnly={created !== null}
            maxLength={200}
            onChange={(event) => update({ subject: event.target.value })}
            error={errors.subject}
            required
          />
          <FaqSuggestions text={draft.subject} onSolved={solved} />
          <TextArea
            label={t('form.description')}
            hint={t('form.descriptionHint')}
            value={draft.description}
            readOnly={created !== null}
            maxLength={20_000}
            rows={6}
            onChange={(event) => update({ description: event.target.value })}
            error={errors.description}
            required
          />
          <ImpactChoice
            value={draft.impact}
            onChange={(impact) => update({ impact })}
            error={errors.impact}
            disabled={created !== null}
          />
          {callNow ? <CallNotice /> : null}
          <FilePicker files={files} onChange={setFiles} error={errors.files} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('common.sending') : created ? t('files.sendRemaining') : t('form.submit')}
            </button>
            {created ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => finish(created)}
              >
                {t('form.seeTicket', { number: created.number })}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </>
  );
}
