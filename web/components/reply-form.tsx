/**
 * Writing on a ticket with files: the message first, then each file attached to it. Used by
 * customers (replies) and staff (every kind). Nothing typed is lost when a send fails, and a
 * message already recorded is never sent twice (the text also survives an expired session): when a file fails after it, the form keeps the
 * message as sent and offers to attach the remaining files (or to go on without them).
 */

import { type FormEvent, type ReactNode, useState } from 'react';
import { api, uploadAttachment } from '../api/client';
import type { MessageKind, MessagePosted } from '../api/types';
import { useI18n } from '../i18n/i18n';
import {
  type FieldErrors,
  FilePicker,
  fileError,
  InvalidAlert,
  isValid,
  ProblemAlert,
  TextArea,
  uploadError,
} from './forms';
import { problemFieldErrors, shownBesideField } from './problem-fields';
import { useSendOnce } from './send-once';
import { useSessionDraft } from './session-draft';

/** Codes that are about one field of this form rather than the whole send. */
const CODE_FIELDS = {
  DIAGNOSIS_REQUIRED: 'kind',
  ATTACHMENT_TOO_LARGE: 'files',
  ATTACHMENT_TYPE_NOT_ALLOWED: 'files',
} as const;

function KindChoice(props: {
  kinds: readonly MessageKind[];
  value: MessageKind;
  onChange: (kind: MessageKind) => void;
  error: string | undefined;
  disabled: boolean;
}) {
  const { t } = useI18n();
  return (
    <fieldset
      className={`kinds${props.error ? ' field-invalid' : ''}`}
      aria-describedby={props.error ? 'message-kind-error' : undefined}
      disabled={props.disabled}
    >
      <legend>{t('message.kind')}</legend>
      {props.kinds.map((k) => (
        <label key={k} className="choice">
          <input
            type="radio"
            name="kind"
            value={k}
            checked={props.value === k}
            onChange={() => props.onChange(k)}
          />{' '}
          {t(`kind.${k}`)}
        </label>
      ))}
      {props.error ? (
        <p className="field-error" id="message-kind-error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function MessageForm(props: {
  ticketId: string;
  kinds: readonly MessageKind[];
  label: string;
  submitLabel: string;
  notice?: ReactNode;
  onPosted: (posted: MessagePosted, kind: MessageKind) => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<MessageKind>(props.kinds[0] ?? 'reply');
  const [body, setBody, forgetBody] = useSessionDraft(`message.${props.ticketId}`);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  // The message the server recorded while some of its files are still to be attached.
  const [posted, setPosted] = useState<MessagePosted | null>(null);
  const [formKey, setFormKey] = useState(0);
  const { busy, sendOnce } = useSendOnce();

  const finish = (result: MessagePosted) => {
    setBody('');
    setFiles([]);
    setPosted(null);
    setErrors({});
    setProblem(undefined);
    setFormKey((k) => k + 1);
    props.onPosted(result, kind);
  };

  const send = async () => {
    let result = posted;
    if (result === null) {
      try {
        result = await api<MessagePosted>('POST', `/tickets/${props.ticketId}/messages`, {
          body: { kind, body: body.trim() },
        });
      } catch (error) {
        setErrors(problemFieldErrors(error, CODE_FIELDS));
        setProblem(shownBesideField(error, CODE_FIELDS) ? undefined : error);
        return;
      }
      setPosted(result);
      // Sent: after an expired session it must not come back as a draft and be sent again.
      forgetBody();
    }
    // A reply to a closed ticket lands on the new case; files go with it.
    const target = result.newTicket?.id ?? props.ticketId;
    const messageId = result.newTicket ? undefined : result.message?.id;
    const remaining = [...files];
    while (remaining.length > 0) {
      const file = remaining[0] as File;
      try {
        await uploadAttachment(target, file, messageId);
      } catch (error) {
        setFiles(remaining);
        setErrors({ files: uploadError(file, error, t) });
        return;
      }
      remaining.shift();
    }
    finish(result);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {
      body:
        posted !== null
          ? undefined
          : body.trim() === ''
            ? t('form.requiredField')
            : body.length > 20_000
              ? t('form.tooLong', { max: 20_000 })
              : undefined,
      files: fileError(files, t),
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    void sendOnce(send);
  };

  return (
    <form onSubmit={submit} noValidate className="card message-form" key={formKey}>
      {props.notice}
      {posted ? (
        <div className="alert alert-warning" role="alert">
          {t('files.partlySent')}
        </div>
      ) : null}
      <InvalidAlert show={!isValid(errors)} />
      <ProblemAlert error={problem} />
      {props.kinds.length > 1 ? (
        <KindChoice
          kinds={props.kinds}
          value={kind}
          onChange={setKind}
          error={errors.kind}
          disabled={posted !== null}
        />
      ) : null}
      <TextArea
        label={props.label}
        value={body}
        rows={5}
        maxLength={20_000}
        readOnly={posted !== null}
        hint={posted ? t('files.alreadySent') : undefined}
        onChange={(event) => setBody(event.target.value)}
        error={errors.body}
        required
      />
      <FilePicker files={files} onChange={setFiles} error={errors.files} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.sending') : posted ? t('files.sendRemaining') : props.submitLabel}
        </button>
        {posted ? (
          <button type="button" className="button" disabled={busy} onClick={() => finish(posted)}>
            {t('files.skipRemaining')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
