/**
 * Writing one FAQ article (admins): title, language, tags and the Markdown body. What the
 * portal will show is the server's rendering (raw HTML as text, only http(s) and mailto
 * links), previewed here from the saved article, so the preview and the portal cannot differ.
 */

import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { Language } from '../api/types';
import {
  type FieldErrors,
  InvalidAlert,
  isValid,
  ProblemAlert,
  SelectField,
  TextArea,
  TextField,
} from '../components/forms';
import { problemFieldErrors, shownBesideField } from '../components/problem-fields';
import { useI18n } from '../i18n/i18n';

/** An article as GET /faq/articles answers it. */
export interface AdminFaqArticle {
  id: string;
  slug: string;
  title: string;
  body: string;
  html: string;
  tags: string[];
  language: Language;
  retired: boolean;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const CODE_FIELDS = { INVALID_NAME: 'title' } as const;
const MAX_BODY = 20_000;

function tagsOf(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** The server's field errors, with `tags.3` shown under the tags field. */
function fieldErrorsOf(error: unknown): FieldErrors {
  const errors: Record<string, string | undefined> = {};
  for (const [field, message] of Object.entries(problemFieldErrors(error, CODE_FIELDS))) {
    errors[field.startsWith('tags') ? 'tags' : field] = message;
  }
  return errors;
}

/** The form of a new article (`article` undefined) or of an existing one. */
export function FaqArticleForm(props: {
  article?: AdminFaqArticle;
  onSaved: (article: AdminFaqArticle) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState(props.article?.title ?? '');
  const [language, setLanguage] = useState<Language>(props.article?.language ?? 'es');
  const [tags, setTags] = useState(props.article?.tags.join(', ') ?? '');
  const [body, setBody] = useState(props.article?.body ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const tagList = tagsOf(tags);
    const local: FieldErrors = {
      title: title.trim() === '' ? t('form.requiredField') : undefined,
      body:
        body.trim() === ''
          ? t('form.requiredField')
          : body.length > MAX_BODY
            ? t('adminFaq.bodyTooLong', { max: MAX_BODY })
            : undefined,
      tags:
        tagList.length > 20 || tagList.some((tag) => tag.length > 40)
          ? t('adminFaq.tagsRule')
          : undefined,
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    setBusy(true);
    try {
      const payload = { title: title.trim(), body, tags: tagList, language };
      const saved = props.article
        ? await api<AdminFaqArticle>('PUT', `/faq/articles/${props.article.id}`, { body: payload })
        : await api<AdminFaqArticle>('POST', '/faq/articles', { body: payload });
      props.onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setProblem(shownBesideField(error, CODE_FIELDS) ? undefined : error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{props.article ? t('adminFaq.editTitle') : t('adminFaq.newTitle')}</h2>
      <InvalidAlert show={!isValid(errors)} />
      <ProblemAlert error={problem} />
      <TextField
        label={t('adminFaq.title')}
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        required
      />
      <SelectField
        label={t('admin.language')}
        value={language}
        onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'es')}
      >
        <option value="es">Español</option>
        <option value="en">English</option>
      </SelectField>
      <TextField
        label={t('adminFaq.tags')}
        hint={t('adminFaq.tagsHint')}
        value={tags}
        onChange={(event) => setTags(event.target.value)}
        error={errors.tags}
      />
      <TextArea
        label={t('adminFaq.body')}
        hint={t('adminFaq.bodyHint')}
        value={body}
        rows={12}
        onChange={(event) => setBody(event.target.value)}
        error={errors.body}
        required
      />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('reset.saving') : t('admin.save')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('adminFaq.close')}
        </button>
      </div>
    </form>
  );
}

/** The saved article as the portal shows it (the server's safe rendering). */
export function FaqPreview(props: { article: AdminFaqArticle }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="faq-preview-title">
      <h2 id="faq-preview-title">{t('adminFaq.preview')}</h2>
      <h3>{props.article.title}</h3>
      <div
        className="faq-body"
        lang={props.article.language === 'es' ? 'es-CO' : 'en'}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered Markdown with raw HTML escaped and safe links only (server/http/routes/faq/markdown.ts)
        dangerouslySetInnerHTML={{ __html: props.article.html }}
      />
    </section>
  );
}
