/** The contact page: the national line and the guide's city table (public: no sign-in needed). */

import { PageTitle } from '../components/layout';
import { PhoneNumbers } from '../components/phones';
import { useI18n } from '../i18n/i18n';

export function ContactPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('contact.title')}</PageTitle>
      <p>{t('contact.intro')}</p>
      <PhoneNumbers />
      <h2>{t('contact.hoursTitle')}</h2>
      <table className="hours">
        <caption>{t('contact.hoursCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contact.modality')}</th>
            <th scope="col">{t('contact.availability')}</th>
            <th scope="col">{t('contact.restrictions')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">7 x 24</th>
            <td>{t('hours.7x24.availability')}</td>
            <td>{t('hours.7x24.restrictions')}</td>
          </tr>
          <tr>
            <th scope="row">6 x 8</th>
            <td>{t('hours.6x8.availability')}</td>
            <td>{t('hours.noHolidays')}</td>
          </tr>
          <tr>
            <th scope="row">5 x 8</th>
            <td>{t('hours.5x8.availability')}</td>
            <td>{t('hours.noHolidays')}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
