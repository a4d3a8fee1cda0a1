/**
 * Maintenance windows (SPEC §8), one page for the portal and the console: customer admins and
 * agents schedule a window for covered equipment; everyone sees the month's calendar and can
 * download it as .ics. Plain customer users only read (the API refuses them the form).
 */

import { useEffect, useState } from 'react';
import type { MaintenanceWindow } from '../api/onsite-types';
import { type Organization, STAFF_ROLES } from '../api/types';
import { serverNow } from '../clock';
import { PageTitle } from '../components/layout';
import { loadOrganizations } from '../console/people';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { bogotaMonth } from './bogota-input';
import { WindowCalendar } from './window-calendar';
import { WindowForm } from './window-form';

export default function MaintenancePage() {
  const { t, dateTime } = useI18n();
  const { user, attention } = useSession();
  const staff = STAFF_ROLES.has(user.role);
  const canSchedule = staff || user.role === 'customer_admin';
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [month, setMonth] = useState(() => bogotaMonth(new Date(serverNow()).toISOString()));
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!staff) return;
    loadOrganizations()
      .then(setOrganizations)
      .catch(() => {});
  }, [staff]);

  const scheduled = (window: MaintenanceWindow) => {
    setNotice(
      t('window.scheduled', { equipment: window.equipment, start: dateTime(window.startsAt) }),
    );
    setMonth(bogotaMonth(window.startsAt));
    setVersion((v) => v + 1);
  };
  const modality = attention.contract?.modality;

  return (
    <>
      <PageTitle>{t('window.pageTitle')}</PageTitle>
      <p>{t('window.intro')}</p>
      {modality ? <p>{t(`window.hours.${modality}`)}</p> : null}
      {notice ? (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      ) : null}
      <div className="columns">
        <div>
          {canSchedule ? (
            <WindowForm
              organizations={staff ? organizations : null}
              platforms={attention.contract?.coveredPlatforms ?? []}
              onScheduled={scheduled}
            />
          ) : (
            <p className="card">{t('window.adminOnly')}</p>
          )}
        </div>
        <WindowCalendar
          month={month}
          onMonth={setMonth}
          showOrganization={staff}
          version={version}
        />
      </div>
    </>
  );
}
