/**
 * An input inside an editable table's cell: named by the column and the row (aria-label, since
 * a table cell has no visible label of its own), with its error under it and tied to it.
 */

import { type InputHTMLAttributes, type SelectHTMLAttributes, useId } from 'react';

type CellInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-label'> & {
  readonly label: string;
  readonly error?: string | undefined;
};

export function CellInput({ label, error, ...input }: CellInputProps) {
  const id = useId();
  return (
    <div className={error ? 'field-invalid' : undefined}>
      <input
        id={id}
        type="text"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type CellSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'aria-label'> & {
  readonly label: string;
};

export function CellSelect({ label, children, ...select }: CellSelectProps) {
  return (
    <select aria-label={label} {...select}>
      {children}
    </select>
  );
}
