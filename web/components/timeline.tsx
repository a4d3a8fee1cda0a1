/**
 * A ticket's story: its description, then each message (kind, author, Bogotá time, text,
 * files). Text is rendered as text — React escapes it — never as HTML.
 */

import type { Attachment, TicketDetail } from '../api/types';
import { useI18n } from '../i18n/i18n';

function Files(props: { files: readonly Attachment[] }) {
  const { t } = useI18n();
  if (props.files.length === 0) return null;
  return (
    <ul className="attachments" aria-label={t('ticket.files')}>
      {props.files.map((file) => (
        <li key={file.id}>
          <a href={file.url} download={file.fileName}>
            {file.fileName}
          </a>{' '}
          <span className="muted">({Math.ceil(file.size / 1024)} KiB)</span>
        </li>
      ))}
    </ul>
  );
}

export function Timeline(props: {
  ticket: TicketDetail;
  authorName: (authorId: string | null) => string;
}) {
  const { t, dateTime } = useI18n();
  const { ticket } = props;
  const filesOf = (messageId: string | null) =>
    ticket.attachments.filter((file) => file.messageId === messageId);
  return (
    <section aria-labelledby="timeline-title" className="timeline">
      <h2 id="timeline-title">{t('ticket.timeline')}</h2>
      <ol>
        <li className="entry entry-description">
          <p className="entry-meta">
            <strong>{t('ticket.description')}</strong> · {props.authorName(ticket.requesterId)} ·{' '}
            <time dateTime={ticket.reportedAt}>{dateTime(ticket.reportedAt)}</time>
          </p>
          <p className="entry-body">{ticket.description}</p>
          <Files files={filesOf(null)} />
        </li>
        {ticket.messages.map((message) => (
          <li key={message.id} className={`entry entry-${message.kind}`}>
            <p className="entry-meta">
              <strong>{t(`kind.${message.kind}`)}</strong>
              {message.public ? null : (
                <span className="badge badge-internal">{t('kind.internal')}</span>
              )}{' '}
              · {props.authorName(message.authorId)} ·{' '}
              <time dateTime={message.createdAt}>{dateTime(message.createdAt)}</time>
            </p>
            <p className="entry-body">{message.body}</p>
            <Files files={filesOf(message.id)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
