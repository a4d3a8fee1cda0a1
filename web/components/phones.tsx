/** The center's phone numbers from the directory (SPEC §6): the national line, then cities. */

import { api } from '../api/client';
import type { DirectoryEntry, Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';

export function useDirectory() {
  return useLoad(() => api<Page<DirectoryEntry>>('GET', '/directory'), 'directory');
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/opci[oó]n.*$/i, '').replace(/[^+\d]/g, '')}`;
}

/** The national line (prominent) and, unless `nationalOnly`, the city table. */
export function PhoneNumbers(props: { nationalOnly?: boolean }) {
  const { t, language } = useI18n();
  const directory = useDirectory();
  const items = directory.data?.items ?? [];
  const national = items.filter((entry) => entry.kind !== 'city');
  const cities = items.filter((entry) => entry.kind === 'city');
  const label = (entry: DirectoryEntry) =>
    language === 'en' ? (entry.labelEn ?? entry.label) : entry.label;
  return (
    <div className="phones">
      <ul className="phones-national">
        {national.map((entry) => (
          <li key={entry.id}>
            <span>{label(entry)}: </span>
            <a className="phone" href={telHref(entry.phone)}>
              {entry.phone}
            </a>
          </li>
        ))}
      </ul>
      {props.nationalOnly || cities.length === 0 ? null : (
        <table className="phones-cities">
          <caption>{t('contact.citiesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contact.city')}</th>
              <th scope="col">{t('contact.phone')}</th>
            </tr>
          </thead>
          <tbody>
            {cities.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{label(entry)}</th>
                {/* Local numbers without the city's prefix: shown, not dialled from a link. */}
                <td>{entry.phone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
