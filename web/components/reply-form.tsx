/**
 * Writing on a ticket with files: the message first, then each file attached to it. Used by
 * customers (replies) and staff (every kind). Nothing typed is lost when a send fails.
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
  serverFieldErrors,
  TextArea,
} from './forms';

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
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {
      body:
        body.trim() === ''
          ? t('form.requiredField')
          : body.length > 20_000
            ? t('form.tooLong', { max: 20_000 })
            : undefined,
      files: fileError(files, t),
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    setBusy(true);
    try {
      const posted = await api<MessagePosted>('POST', `/tickets/${props.ticketId}/messages`, {
        body: { kind, body: body.trim() },
      });
      // A reply to a closed ticket lands on the new case; files go with it.
      const target = posted.newTicket?.id ?? props.ticketId;
      const messageId = posted.newTicket ? undefined : posted.message?.id;
      for (const file of files) await uploadAttachment(target, file, messageId);
      setBody('');
      setFiles([]);
      setFormKey((k) => k + 1);
      props.onPosted(posted, kind);
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card message-form" key={formKey}>
      {props.notice}
      <InvalidAlert show={!isValid(errors)} />
      <ProblemAlert error={problem} />
      {props.kinds.length > 1 ? (
        <fieldset className="kinds">
          <legend>{t('message.kind')}</legend>
          {props.kinds.map((k) => (
            <label key={k} className="choice">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />{' '}
              {t(`kind.${k}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <TextArea
        label={props.label}
        value={body}
        rows={5}
        onChange={(event) => setBody(event.target.value)}
        error={errors.body}
        required
      />
      <FilePicker files={files} onChange={setFiles} error={errors.files} />
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('common.sending') : props.submitLabel}
      </button>
    </form>
  );
}
