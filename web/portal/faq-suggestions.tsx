/**
 * FAQ articles for what the user types (GET /faq?q=), each opening in place, with "this solved
 * it" recording a deflection. The article HTML is rendered by the server from Markdown with raw
 * HTML escaped and only safe links (server/http/routes/faq/markdown.ts) — the one place the
 * app sets HTML.
 */

import { useEffect, useState } from 'react';
import { api, query } from '../api/client';
import type { FaqArticle, Page } from '../api/types';
import { useI18n } from '../i18n/i18n';

export function useFaqSearch(text: string, delayMs = 250): FaqArticle[] {
  const { language } = useI18n();
  const [articles, setArticles] = useState<FaqArticle[]>([]);
  useEffect(() => {
    const q = text.trim();
    if (q.length < 3) {
      setArticles([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      api<Page<FaqArticle>>('GET', `/faq${query({ q, language })}`)
        .then((page) => {
          if (!cancelled) setArticles(page.items);
        })
        .catch(() => {});
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, language, delayMs]);
  return articles;
}

export function FaqArticleView(props: {
  article: FaqArticle;
  onSolved?: (article: FaqArticle) => void;
  open?: boolean;
}) {
  const { t, language } = useI18n();
  const { article } = props;
  return (
    <details className="faq-article" open={props.open}>
      <summary>
        {article.title}
        {article.language !== language ? (
          <span className="muted" lang="es">
            {' '}
            ({t('faq.inSpanish')})
          </span>
        ) : null}
      </summary>
      <div
        className="faq-body"
        lang={article.language === 'es' ? 'es-CO' : 'en'}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered Markdown with raw HTML escaped and safe links only (markdown.ts)
        dangerouslySetInnerHTML={{ __html: article.html }}
      />
      {props.onSolved ? (
        <button type="button" className="button" onClick={() => props.onSolved?.(article)}>
          {t('faq.solved')}
        </button>
      ) : null}
    </details>
  );
}

/** The suggestions under the subject, announced as they change. */
export function FaqSuggestions(props: { text: string; onSolved: (article: FaqArticle) => void }) {
  const { t } = useI18n();
  const articles = useFaqSearch(props.text);
  return (
    <section className="faq-suggestions" aria-labelledby="faq-suggestions-title">
      <h3 id="faq-suggestions-title">{t('faq.suggestionsTitle')}</h3>
      <p className="muted" aria-live="polite">
        {props.text.trim().length < 3
          ? t('faq.typeToSearch')
          : articles.length === 0
            ? t('faq.noSuggestions')
            : t('faq.suggestionsCount', { count: articles.length })}
      </p>
      {articles.map((article) => (
        <FaqArticleView key={article.id} article={article} onSolved={props.onSolved} />
      ))}
    </section>
  );
}
