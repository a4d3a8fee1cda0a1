/**
 * Administration (role admin) inside the console: organizations and their contracts, users and
 * roles, the impact-level table (SPEC §4) and the closures of the calendar next to the year's
 * public holidays (SPEC §3). Every form keeps what was typed and shows the server's problem
 * next to its field.
 */

import { type MessageKey, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { ClosuresAdmin } from './closures';
import { LevelsAdmin } from './levels';
import { OrganizationsAdmin } from './organizations';
import { UsersAdmin } from './users';

const SECTIONS: readonly { path: string; label: MessageKey }[] = [
  { path: '/console/admin', label: 'admin.organizations' },
  { path: '/console/admin/users', label: 'admin.users' },
  { path: '/console/admin/levels', label: 'admin.levels' },
  { path: '/console/admin/closures', label: 'admin.closures' },
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
      ) : (
        <OrganizationsAdmin />
      )}
    </>
  );
}
