/**
 * The phone directory (admins): the national line and the city table of the guide that the
 * portal's contact page and the "call the center" notice show. Saved as a whole table.
 */

import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { DirectoryEntry, Page } from '../api/types';
import { type FieldErrors, InvalidAlert, ProblemAlert } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { CellInput, CellSelect } from './cell-input';
import { type Keyed, keyed, rowErrorsOf, rowsValid } from './table-rows';

type Kind = 'national_line' | 'city';
interface Row {
  kind: Kind;
  label: string;
  labelEn: string;
  phone: string;
}

function rowOf(entry: DirectoryEntry): Keyed<Row> {
  return keyed({
    kind: entry.kind === 'city' ? 'city' : 'national_line',
    label: entry.label,
    labelEn: entry.labelEn ?? '',
    phone: entry.phone,
  });
}

export function DirectoryAdmin() {
  const { t } = useI18n();
  const directory = useLoad(() => api<Page<DirectoryEntry>>('GET', '/directory'), 'directory');
  const [rows, setRows] = useState<Keyed<Row>[] | null>(null);
  const [errors, setErrors] = useState<Map<number, FieldErrors>>(new Map());
  const [problem, setProblem] = useState<unknown>();
  const [empty, setEmpty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  // The table loads once into the editable rows; edits stay here until saved.
  useEffect(() => {
    if (directory.data && rows === null) setRows(directory.data.items.map(rowOf));
  }, [directory.data, rows]);

  const change = (index: number, patch: Partial<Row>) => {
    setSaved(false);
    setRows((current) =>
      (current ?? []).map((row, i) => (i === index ? { ...row, ...patch } : row)),
    );
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const current = rows ?? [];
    const local = new Map<number, FieldErrors>(
      current.map((row, index) => [
        index,
        {
          label: row.label.trim() === '' ? t('form.requiredField') : undefined,
          phone: row.phone.trim() === '' ? t('form.requiredField') : undefined,
        },
      ]),
    );
    setErrors(local);
    setProblem(undefined);
    setSaved(false);
    setEmpty(current.length === 0);
    if (current.length === 0 || !rowsValid(local)) return;
    setBusy(true);
    try {
      const answer = await api<Page<DirectoryEntry>>('PUT', '/directory', {
        body: {
          entries: current.map((row) => ({
            kind: row.kind,
            label: row.label.trim(),
            labelEn: row.labelEn.trim() === '' ? null : row.labelEn.trim(),
            phone: row.phone.trim(),
          })),
        },
      });
      setRows(answer.items.map(rowOf));
      setSaved(true);
    } catch (error) {
      setErrors(rowErrorsOf(error));
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('admin.directory')}</PageTitle>
      <p>{t('adminDirectory.intro')}</p>
      <ProblemAlert error={directory.error} />
      {rows === null ? (
        <Loading />
      ) : (
        <form onSubmit={save} noValidate>
          <InvalidAlert show={!rowsValid(errors)} />
          <ProblemAlert error={problem} />
          {empty ? (
            <div className="alert alert-error" role="alert">
              {t('adminDirectory.empty')}
            </div>
          ) : null}
          {saved ? (
            <p className="alert alert-success" role="status">
              {t('admin.saved')}
            </p>
          ) : null}
          <div className="table-scroll">
            <table className="editable">
              <caption>{t('adminDirectory.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.kind')}</th>
                  <th scope="col">{t('adminDirectory.label')}</th>
                  <th scope="col">{t('adminDirectory.labelEn')}</th>
                  <th scope="col">{t('contact.phone')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const name = row.label || String(index + 1);
                  const rowErrors = errors.get(index);
                  return (
                    <tr key={row.key}>
                      <td>
                        <CellSelect
                          label={`${t('admin.kind')}: ${name}`}
                          value={row.kind}
                          onChange={(e) =>
                            change(index, {
                              kind: e.target.value === 'city' ? 'city' : 'national_line',
                            })
                          }
                        >
                          <option value="national_line">{t('adminDirectory.national')}</option>
                          <option value="city">{t('adminDirectory.city')}</option>
                        </CellSelect>
                      </td>
                      <td>
                        <CellInput
                          label={`${t('adminDirectory.label')}: ${name}`}
                          value={row.label}
                          maxLength={120}
                          onChange={(e) => change(index, { label: e.target.value })}
                          error={rowErrors?.label}
                        />
                      </td>
                      <td>
                        <CellInput
                          label={`${t('adminDirectory.labelEn')}: ${name}`}
                          value={row.labelEn}
                          maxLength={120}
                          onChange={(e) => change(index, { labelEn: e.target.value })}
                          error={rowErrors?.labelEn}
                        />
                      </td>
                      <td>
                        <CellInput
                          label={`${t('contact.phone')}: ${name}`}
                          value={row.phone}
                          maxLength={60}
                          onChange={(e) => change(index, { phone: e.target.value })}
                          error={rowErrors?.phone}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            setSaved(false);
                            setErrors(new Map());
                            setRows(rows.filter((_, i) => i !== index));
                          }}
                        >
                          {t('admin.remove')} <span className="visually-hidden">{name}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                setRows([...rows, keyed({ kind: 'city', label: '', labelEn: '', phone: '' })])
              }
            >
              {t('adminDirectory.add')}
            </button>
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('reset.saving') : t('admin.save')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
