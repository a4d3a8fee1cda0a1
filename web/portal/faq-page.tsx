/** The FAQ: every article, or those matching a search. */

import { useState } from 'react';
import { api, query } from '../api/client';
import type { FaqArticle, Page } from '../api/types';
import { TextField } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { FaqArticleView, useFaqSearch } from './faq-suggestions';

export function FaqPage() {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const all = useLoad(() => api<Page<FaqArticle>>('GET', `/faq${query({ language })}`), language);
  const found = useFaqSearch(text);
  const searching = text.trim().length >= 3;
  const articles = searching ? found : (all.data?.items ?? []);
  return (
    <>
      <PageTitle>{t('faq.title')}</PageTitle>
      <p>{t('faq.intro')}</p>
      <search>
        <form onSubmit={(event) => event.preventDefault()}>
          <TextField
            label={t('faq.search')}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </form>
      </search>
      {all.loading && !searching ? <Loading /> : null}
      <p className="muted" aria-live="polite">
        {searching && found.length === 0 ? t('faq.noSuggestions') : ''}
      </p>
      {articles.map((article) => (
        <FaqArticleView key={article.id} article={article} />
      ))}
    </>
  );
}
