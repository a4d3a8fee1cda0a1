/** The customer portal (roles customer and customer_admin): its pages under /portal. */

import { lazy, Suspense } from 'react';
import { Layout, Loading, type NavItem } from '../components/layout';
import { ContactPage } from '../pages/contact';
import { match } from '../router';
import { useSession } from '../session';
import { FaqPage } from './faq-page';
import { GuidePage } from './guide';
import { PortalHome } from './home';
import { NewTicketPage } from './new-ticket';
import { TicketListPage } from './ticket-list';
import { PortalTicketPage } from './ticket-page';

// Its own chunk: the portal's first page stays small.
const MaintenancePage = lazy(() => import('../onsite/maintenance-page'));

const NAV: readonly NavItem[] = [
  { to: '/portal', label: 'nav.home' },
  { to: '/portal/new', label: 'nav.newTicket' },
  { to: '/portal/tickets', label: 'nav.myTickets', prefix: '/portal/tickets/' },
  { to: '/portal/faq', label: 'nav.faq' },
  { to: '/portal/maintenance', label: 'nav.maintenance' },
  { to: '/portal/contact', label: 'nav.contact' },
  { to: '/portal/guide', label: 'nav.guide' },
];

function page(path: string) {
  if (path === '/portal' || path === '/portal/') return <PortalHome />;
  if (path === '/portal/new') return <NewTicketPage />;
  if (path === '/portal/tickets') return <TicketListPage />;
  if (path === '/portal/faq') return <FaqPage />;
  if (path === '/portal/maintenance') {
    return (
      <Suspense fallback={<Loading />}>
        <MaintenancePage />
      </Suspense>
    );
  }
  if (path === '/portal/contact') return <ContactPage />;
  if (path === '/portal/guide') return <GuidePage />;
  const ticket = match('/portal/tickets/:id', path);
  if (ticket?.id) return <PortalTicketPage key={ticket.id} id={ticket.id} />;
  return <PortalHome />;
}

export default function Portal(props: { path: string }) {
  const session = useSession();
  return (
    <Layout
      path={props.path}
      nav={NAV}
      who={session.user.name}
      onSignOut={() => void session.signOut()}
    >
      {page(props.path)}
    </Layout>
  );
}
