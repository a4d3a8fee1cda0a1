/**
 * Registering a case as the guide asks (SPEC §6–7): first the checklist, then the form — the
 * subject suggests FAQ articles as it is typed, the impact levels are described in the guide's
 * words, and on a 7x24 contract out of hours a high impact shows the call notice with the
 * numbers before sending. The draft survives failed sends and reloads (ticket-draft.ts); when a
 * file fails after the case is registered, only the remaining files are sent again.
 */

import { type FormEvent, useEffect, useState } from 'react';
import { api, uploadAttachment } from '../api/client';
import {
  CHECKLIST_ITEMS,
  type ChecklistEntry,
  type ChecklistItem,
  type FaqArticle,
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
import { problemFieldErrors, shownBesideField } from '../components/problem-fields';
import { useSendOnce } from '../components/send-once';
import { setFlash } from '../flash';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { useSession } from '../session';
import { ChecklistStep } from './checklist-step';
import { FaqSuggestions } from './faq-suggestions';
import { AttentionNotice } from './home';
import { CallNotice, ImpactChoice } from './impact-choice';
import { type Draft, loadDraft, saveDraft } from './ticket-draft';

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
            {created ? null : (
              // Once the case is registered its answers are sent: nothing left to review.
              <button
                type="button"
                className="link-button"
                onClick={() => update({ step: CHECKLIST_ITEMS.length - 1 })}
              >
                {t('form.reviewChecklist')}
              </button>
            )}
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
