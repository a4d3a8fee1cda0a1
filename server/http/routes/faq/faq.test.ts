import { expect, it } from 'vitest';
import {
  createOrganization,
  describeEachDatabase,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';
import { seedReferenceContent } from '../../../demo/seed-reference-content.js';
import { FaqStore } from '../../../storage/faq.store.js';

interface ArticleView {
  id: string;
  slug: string;
  title: string;
  html: string;
  language: string;
}

describeEachDatabase('/api/v1/faq', (database) => {
  const harness = useHarness(database);

  async function faq(query: string, headers: Record<string, string> = {}): Promise<ArticleView[]> {
    const response = await harness().app.inject({
      method: 'GET',
      url: `/api/v1/faq${query}`,
      headers,
    });
    expect(response.statusCode).toBe(200);
    return response.json().items;
  }

  it('lists the shipped FAQ without signing in, rendered to HTML', async () => {
    const h = harness();
    await seedReferenceContent(h.db, h.clock.now());
    const all = await faq('');
    expect(all.length).toBeGreaterThan(3);
    const ping = all.find((a) => a.slug === 'conectividad-ping');
    expect(ping?.html).toContain('<code>ping 192.168.1.1</code>');
  });

  it('suggests articles for what is typed, accents and case aside, the last word as a prefix', async () => {
    const top = await faq(`?q=${encodeURIComponent('El firewall no responde PING')}`);
    expect(top[0]?.slug).toBe('conectividad-ping');
    const typing = await faq(`?q=${encodeURIComponent('configuracion de la puerta de enl')}`);
    expect(typing[0]?.slug).toBe('configuracion-de-red-ip-puerta-de-enlace-dns');
    expect(typing.length).toBeLessThanOrEqual(5);
    expect(await faq('?q=de%20la%20no')).toEqual([]);
  });

  it('answers in Spanish when no article is written in English yet', async () => {
    const items = await faq('?language=en&q=ping');
    expect(items[0]).toMatchObject({ slug: 'conectividad-ping', language: 'es' });
  });

  it('never lets Markdown inject HTML or a script link', async () => {
    const h = harness();
    const at = h.clock.now();
    await h.db.kysely
      .insertInto('faq_articles')
      .values({
        id: '0190f3a0-0000-7000-8000-0000000000aa',
        slug: 'hostil',
        title: 'Hostil xsshostil',
        body: '<script>alert(1)</script> <img src=x onerror=alert(1)> [clic](javascript:alert(1)) [bien](https://opengroupsa.com) ![p](https://t.example/p.png)',
        tags: '[]',
        language: 'es',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const [article] = await faq('?q=xsshostil');
    // Tags arrive as text (escaped), never as elements; the javascript: link stays plain text.
    expect(article?.html).not.toMatch(/<script|<img|href="javascript/i);
    expect(article?.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(article?.html).toContain('&lt;script&gt;');
    expect(article?.html).toContain(
      '<a href="https://opengroupsa.com" rel="noopener noreferrer nofollow">bien</a>',
    );
  });

  it('records "this solved it" for customers only, once per click', async () => {
    const h = harness();
    const [article] = await faq('?q=ping');
    const organization = await createOrganization(h);
    const customer = await signIn(h, { role: 'customer', organizationId: organization.id });
    const post = (headers: Record<string, string>, id = article?.id ?? '', payload?: object) =>
      h.app.inject({
        method: 'POST',
        url: `/api/v1/faq/${id}/deflections`,
        headers,
        ...(payload ? { payload } : {}),
      });
    expect((await post(customer.headers, undefined, { query: 'no hay ping' })).statusCode).toBe(
      201,
    );
    expect((await post(customer.headers)).statusCode).toBe(201);
    expect((await post(customer.cookieOnly)).statusCode).toBe(403);
    const agent = await signIn(h, { role: 'agent' });
    expect((await post(agent.headers)).json().code).toBe('FORBIDDEN');
    expect((await post(customer.headers, '0190f3a0-0000-7000-8000-00000000ffff')).json().code).toBe(
      'NOT_FOUND',
    );
    expect((await post(customer.headers, 'no-es-un-id')).statusCode).toBe(404);
    expect((await post({}, article?.id)).statusCode).toBe(401);
    const counts = await new FaqStore().deflectionCounts(h.db.kysely);
    expect(counts.get(article?.id ?? '')).toBe(2);
  });
});
