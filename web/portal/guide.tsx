/** A short user guide of the platform (the center's guide refers to one). */

import { PageTitle } from '../components/layout';
import { type MessageKey, useI18n } from '../i18n/i18n';

const SECTIONS: readonly [MessageKey, MessageKey][] = [
  ['guide.signIn.title', 'guide.signIn.text'],
  ['guide.before.title', 'guide.before.text'],
  ['guide.register.title', 'guide.register.text'],
  ['guide.impact.title', 'guide.impact.text'],
  ['guide.follow.title', 'guide.follow.text'],
  ['guide.requests.title', 'guide.requests.text'],
  ['guide.solution.title', 'guide.solution.text'],
  ['guide.closed.title', 'guide.closed.text'],
  ['guide.phone.title', 'guide.phone.text'],
];

export function GuidePage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('guide.title')}</PageTitle>
      <p>{t('guide.intro')}</p>
      {SECTIONS.map(([title, text]) => (
        <section key={title}>
          <h2>{t(title)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
    </>
  );
}
