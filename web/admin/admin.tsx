/**
 * Administration (role admin) inside the console: organizations and their contracts, users and
 * roles, the impact-level table (SPEC §4), the closures of the calendar next to the year's
 * public holidays (SPEC §3), FAQ articles, the phone directory, the travel-time table (SPEC §8)
 * and outbound mail with its outbox. Every form keeps what was typed and shows the server's
 * problem next to its field.
 */

import './admin.css';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { ClosuresAdmin } from './closures';
import { DirectoryAdmin } from './directory';
import { FaqAdmin } from './faq';
import { LevelsAdmin } from './levels';
import { MailAdmin } from './mail';
import { OrganizationsAdmin } from './organizations';
import { TravelTimesAdmin } from './travel-times';
import { UsersAdmin } from './users';

const SECTIONS: readonly { path: string; label: MessageKey }[] = [
  { path: '/console/admin', label: 'admin.organizations' },
  { path: '/console/admin/users', label: 'admin.users' },
  { path: '/console/admin/levels', label: 'admin.levels' },
  { path: '/console/admin/closures', label: 'admin.closures' },
  { path: '/console/admin/faq', label: 'admin.faq' },
  { path: '/console/admin/directory', label: 'admin.directory' },
  { path: '/console/admin/travel-times', label: 'admin.travelTimes' },
  { path: '/console/admin/mail', label: 'admin.mail' },
];

export default function Admin(props: { path: string }) {
  const { t } = useI18n();
  const path = props.path.replace(/\/$/, '');
  return (
    <>
      <nav aria-label={t('admin.sections')} className="subnav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <Link to={section.path} aria-current={path === section.path ? 'page' : undefined}>
                {t(section.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {path === '/console/admin/users' ? (
        <UsersAdmin />
      ) : path === '/console/admin/levels' ? (
        <LevelsAdmin />
      ) : path === '/console/admin/closures' ? (
        <ClosuresAdmin />
      ) : path === '/console/admin/faq' ? (
        <FaqAdmin />
      ) : path === '/console/admin/directory' ? (
        <DirectoryAdmin />
      ) : path === '/console/admin/travel-times' ? (
        <TravelTimesAdmin />
      ) : path === '/console/admin/mail' ? (
        <MailAdmin />
      ) : (
        <OrganizationsAdmin />
      )}
    </>
  );
}
