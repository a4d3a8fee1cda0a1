/** The agent console (agent, supervisor, admin): its pages under /console. */

import { lazy, Suspense } from 'react';
import { Layout, Loading, type NavItem } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { match } from '../router';
import { useSession } from '../session';
import { PhoneTicketPage } from './phone-ticket';
import { QueuePage } from './queue';
import { ConsoleTicketPage } from './ticket-page';

const Admin = lazy(() => import('../admin/admin'));
const MaintenancePage = lazy(() => import('../onsite/maintenance-page'));
const ReportsPage = lazy(() => import('./reports/reports-page'));

const NAV: readonly NavItem[] = [
  { to: '/console', label: 'nav.queue', prefix: '/console/tickets/' },
  { to: '/console/phone', label: 'nav.phoneTicket' },
  { to: '/console/maintenance', label: 'nav.maintenance' },
];
/** Supervisors see reports (SPEC §1); admins too. */
const REPORTS_ITEM: NavItem = { to: '/console/reports', label: 'nav.reports' };
const SUPERVISOR_NAV: readonly NavItem[] = [...NAV, REPORTS_ITEM];
const ADMIN_NAV: readonly NavItem[] = [
  ...NAV,
  REPORTS_ITEM,
  { to: '/console/admin', label: 'nav.admin', prefix: '/console/admin/' },
];

function page(path: string, admin: boolean, reports: boolean) {
  if (path === '/console/phone') return <PhoneTicketPage />;
  if (reports && path === '/console/reports') {
    return (
      <Suspense fallback={<Loading />}>
        <ReportsPage />
      </Suspense>
    );
  }
  if (path === '/console/maintenance') {
    return (
      <Suspense fallback={<Loading />}>
        <MaintenancePage />
      </Suspense>
    );
  }
  if (admin && (path === '/console/admin' || path.startsWith('/console/admin/'))) {
    return (
      <Suspense fallback={<Loading />}>
        <Admin path={path} />
      </Suspense>
    );
  }
  const ticket = match('/console/tickets/:id', path);
  if (ticket?.id) return <ConsoleTicketPage key={ticket.id} id={ticket.id} />;
  return <QueuePage />;
}

export default function Console(props: { path: string }) {
  const session = useSession();
  const { t } = useI18n();
  return (
    <Layout
      path={props.path}
      nav={
        session.user.role === 'admin'
          ? ADMIN_NAV
          : session.user.role === 'supervisor'
            ? SUPERVISOR_NAV
            : NAV
      }
      who={`${session.user.name} (${t(`role.${session.user.role}`)})`}
      onSignOut={() => void session.signOut()}
    >
      {page(props.path, session.user.role === 'admin', session.user.role !== 'agent')}
    </Layout>
  );
}
