/** The agent console (agent, supervisor, admin): its pages under /console. */

import { Layout, type NavItem } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { match } from '../router';
import { useSession } from '../session';
import { PhoneTicketPage } from './phone-ticket';
import { QueuePage } from './queue';
import { ConsoleTicketPage } from './ticket-page';

const NAV: readonly NavItem[] = [
  { to: '/console', label: 'nav.queue', prefix: '/console/tickets/' },
  { to: '/console/phone', label: 'nav.phoneTicket' },
];

function page(path: string) {
  if (path === '/console/phone') return <PhoneTicketPage />;
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
      nav={NAV}
      who={`${session.user.name} (${t(`role.${session.user.role}`)})`}
      onSignOut={() => void session.signOut()}
    >
      {page(props.path)}
    </Layout>
  );
}
