/**
 * Form fields with their label, hint and error tied together (aria-describedby,
 * aria-invalid), and the problem a server answered: its detail at the top of the form, its
 * per-field errors next to their fields, in the user's language. Fields are controlled by
 * their page, so nothing typed is lost when a send fails.
 */

import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
  useState,
} from 'react';
import { ApiError } from '../api/client';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { isAcceptedFileType, MAX_ATTACHMENT_BYTES } from './file-types';

/** Field name → message. */
export type FieldErrors = Readonly<Record<string, string | undefined>>;

/** The field errors of a server problem (VALIDATION_FAILED names them, e.g. `subject`). */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const entry of error.problem.errors ?? []) {
    if (entry.field !== '') errors[entry.field] = entry.message;
  }
  return errors;
}

/** True when no field has an error. */
export function isValid(errors: FieldErrors): boolean {
  return Object.values(errors).every((message) => message === undefined);
}

interface FieldFrame {
  readonly label: ReactNode;
  readonly hint?: ReactNode | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean | undefined;
}

function Frame(props: FieldFrame & { id: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
        {props.required ? <span className="visually-hidden"> ({t('form.required')})</span> : null}
      </label>
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, frame: FieldFrame): string | undefined {
  const ids = [frame.hint ? `${id}-hint` : '', frame.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type InputProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextField({ label, hint, error, required, ...input }: InputProps) {
  const id = useId();
  const frame = { label, hint, error, required };
  return (
    <Frame id={id} {...frame}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, frame)}
        aria-required={required ? true : undefined}
        {...input}
      />
    </Frame>
  );
}

type TextAreaProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextArea({ label, hint, error, required, ...input }: TextAreaProps) {
  const id = useId();
  const frame = { label, hint, error, required };
  return (
    <Frame id={id} {...frame}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, frame)}
        aria-required={required ? true : undefined}
        {...input}
      />
    </Frame>
  );
}

type SelectProps = FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>;

export function SelectField({ label, hint, error, required, children, ...input }: SelectProps) {
  const id = useId();
  const frame = { label, hint, error, required };
  return (
    <Frame id={id} {...frame}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, frame)}
        aria-required={required ? true : undefined}
        {...input}
      >
        {children}
      </select>
    </Frame>
  );
}

/**
 * A file input for several files, with the limits said up front. The chosen files live in the
 * page's state (a failed send keeps them); each can be taken out of the list, which resets
 * the input so it does not claim files that are no longer there.
 */
export function FilePicker(props: {
  files: File[];
  onChange: (files: File[]) => void;
  error?: string | undefined;
  label?: MessageKey;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [inputKey, setInputKey] = useState(0);
  const remove = (index: number) => {
    props.onChange(props.files.filter((_, i) => i !== index));
    setInputKey((k) => k + 1);
  };
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{t(props.label ?? 'files.label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('files.hint')}
      </p>
      <input
        key={inputKey}
        id={id}
        type="file"
        multiple
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ''}`}
        onChange={(event) => props.onChange(Array.from(event.currentTarget.files ?? []))}
      />
      {props.files.length > 0 ? (
        <ul className="file-list">
          {props.files.map((file, index) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`}>
              {file.name} ({Math.ceil(file.size / 1024)} KiB){' '}
              {props.disabled ? null : (
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('files.removeNamed', { name: file.name })}
                  onClick={() => remove(index)}
                >
                  {t('files.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** The message for a file over the limit or of a type the server refuses, before sending. */
export function fileError(
  files: readonly File[],
  t: (key: MessageKey) => string,
): string | undefined {
  const tooLarge = files.find((file) => file.size > MAX_ATTACHMENT_BYTES);
  if (tooLarge) return `${tooLarge.name}: ${t('files.tooLarge')}`;
  const refused = files.find((file) => !isAcceptedFileType(file.type));
  return refused ? `${refused.name}: ${t('files.typeNotAllowed')}` : undefined;
}

/** A failed upload said beside the picker: the file's name and the server's reason. */
export function uploadError(file: File, error: unknown, t: (key: MessageKey) => string): string {
  const reason =
    error instanceof ApiError
      ? error.code === 'NETWORK'
        ? t('error.network')
        : error.problem.detail
      : t('error.unexpected');
  return `${file.name}: ${reason}`;
}

/** The problem a send ended with, announced to screen readers. */
export function ProblemAlert(props: { error: unknown }) {
  const { t } = useI18n();
  if (props.error === undefined || props.error === null) return null;
  const message =
    props.error instanceof ApiError
      ? props.error.code === 'NETWORK'
        ? t('error.network')
        : props.error.problem.detail
      : t('error.unexpected');
  return (
    <div className="alert alert-error" role="alert">
      {message}
    </div>
  );
}

/** Local validation failed: a summary that points at the fields. */
export function InvalidAlert(props: { show: boolean }) {
  const { t } = useI18n();
  if (!props.show) return null;
  return (
    <div className="alert alert-error" role="alert">
      {t('form.fixErrors')}
    </div>
  );
}
