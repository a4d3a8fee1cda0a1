/**
 * FAQ articles (admins): every article with its state, write a new one, edit, retire from the
 * portal or bring back. A retired article keeps its "this solved it" counts for the reports.
 */

import { useState } from 'react';
import { api } from '../api/client';
import type { Page } from '../api/types';
import { ProblemAlert } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { type AdminFaqArticle, FaqArticleForm, FaqPreview } from './faq-form';

type Editing = { readonly kind: 'none' } | { readonly kind: 'new' } | AdminFaqArticleEdit;
interface AdminFaqArticleEdit {
  readonly kind: 'edit';
  readonly article: AdminFaqArticle;
}

export function FaqAdmin() {
  const { t, dateTime } = useI18n();
  const articles = useLoad(() => api<Page<AdminFaqArticle>>('GET', '/faq/articles'), 'faq');
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [saved, setSaved] = useState<AdminFaqArticle | null>(null);
  const [problem, setProblem] = useState<unknown>();

  const setRetired = async (article: AdminFaqArticle, retired: boolean) => {
    setProblem(undefined);
    try {
      await api('POST', `/faq/articles/${article.id}/${retired ? 'retire' : 'restore'}`);
      await articles.reload();
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <>
      <PageTitle>{t('admin.faq')}</PageTitle>
      <p>{t('adminFaq.intro')}</p>
      <ProblemAlert error={articles.error ?? problem} />
      {editing.kind === 'none' ? (
        <p>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setSaved(null);
              setEditing({ kind: 'new' });
            }}
          >
            {t('adminFaq.newTitle')}
          </button>
        </p>
      ) : (
        <FaqArticleForm
          key={editing.kind === 'edit' ? editing.article.id : 'new'}
          {...(editing.kind === 'edit' ? { article: editing.article } : {})}
          onSaved={(article) => {
            setSaved(article);
            // Keep the form open on the saved article: what was typed stays in front of the admin.
            setEditing({ kind: 'edit', article });
            void articles.reload();
          }}
          onCancel={() => {
            setEditing({ kind: 'none' });
            setSaved(null);
          }}
        />
      )}
      {saved ? (
        <>
          <p className="alert alert-success" role="status">
            {t('adminFaq.saved', { title: saved.title })}
          </p>
          <FaqPreview article={saved} />
        </>
      ) : null}
      {articles.data ? (
        <div className="table-scroll">
          <table>
            <caption>{t('adminFaq.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminFaq.title')}</th>
                <th scope="col">{t('admin.language')}</th>
                <th scope="col">{t('admin.state')}</th>
                <th scope="col">{t('adminFaq.updatedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {articles.data.items.map((article) => (
                <tr key={article.id}>
                  <th scope="row">{article.title}</th>
                  <td>{article.language === 'es' ? 'Español' : 'English'}</td>
                  <td>{article.retired ? t('adminFaq.retired') : t('adminFaq.published')}</td>
                  <td>{dateTime(article.updatedAt)}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          setSaved(null);
                          setEditing({ kind: 'edit', article });
                        }}
                      >
                        {t('adminFaq.edit')}{' '}
                        <span className="visually-hidden">{article.title}</span>
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void setRetired(article, !article.retired)}
                      >
                        {article.retired ? t('adminFaq.restore') : t('adminFaq.retire')}{' '}
                        <span className="visually-hidden">{article.title}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Loading />
      )}
    </>
  );
}
