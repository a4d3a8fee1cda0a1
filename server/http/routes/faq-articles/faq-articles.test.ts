/**
 * /api/v1/faq/articles through inject(), on both databases: only admins edit the FAQ; a new
 * article is on the portal at once with its Markdown rendered safely; an edit keeps the slug;
 * a retired article leaves the portal and comes back when restored.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createOrganization,
  describeEachDatabase,
  type SignedInClient,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';

const HOSTILE =
  '# Reiniciar el enrutador\n\n<script>alert("xss")</script>\n\n<img src=x onerror=alert(1)>\n\n[clic aquí](javascript:alert(1)) o [escríbanos](mailto:soporte@example.com)';

describeEachDatabase('/api/v1/faq/articles', (database) => {
  const harness = useHarness(database);
  let admin: SignedInClient;
  let agent: SignedInClient;
  let customer: SignedInClient;

  beforeAll(async () => {
    const h = harness();
    admin = await signIn(h, { role: 'admin' });
    agent = await signIn(h, { role: 'agent' });
    const organization = await createOrganization(h);
    customer = await signIn(h, { role: 'customer', organizationId: organization.id });
  });

  const send = (
    who: SignedInClient | null,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) =>
    harness().app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who?.headers ?? {},
      ...(payload !== undefined && { payload }),
    });
  const portalFaq = async (q: string) =>
    (await send(null, 'GET', `/faq?language=es&q=${encodeURIComponent(q)}`)).json().items as {
      id: string;
      html: string;
    }[];

  const article = { title: 'Reiniciar el enrutador', body: HOSTILE, tags: ['red'], language: 'es' };

  it('lets only admins list and write articles', async () => {
    expect((await send(null, 'GET', '/faq/articles')).statusCode).toBe(401);
    for (const who of [agent, customer]) {
      expect((await send(who, 'GET', '/faq/articles')).json().code).toBe('FORBIDDEN');
      expect((await send(who, 'POST', '/faq/articles', article)).json().code).toBe('FORBIDDEN');
    }
    expect((await send(admin, 'GET', '/faq/articles')).statusCode).toBe(200);
  });

  it('publishes an article at once, with its Markdown rendered safely', async () => {
    const created = await send(admin, 'POST', '/faq/articles', article);
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({
      slug: 'reiniciar-el-enrutador',
      title: 'Reiniciar el enrutador',
      body: HOSTILE,
      tags: ['red'],
      language: 'es',
      retired: false,
      retiredAt: null,
    });
    for (const html of [view.html as string, (await portalFaq('enrutador'))[0]?.html ?? '']) {
      expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
      expect(html).not.toMatch(/<script|<img|javascript:alert\(1\)"|<[^>]+\sonerror=/i);
      expect(html).toContain('<a href="mailto:soporte@example.com"');
    }
    // A second article of the same title gets a slug of its own.
    const twin = await send(admin, 'POST', '/faq/articles', article);
    expect(twin.json().slug).toMatch(/^reiniciar-el-enrutador-[0-9a-f]{8}$/);
  });

  it('edits an article (the slug stays) and retires and restores it', async () => {
    const created = (
      await send(admin, 'POST', '/faq/articles', { ...article, title: 'Impresora sin red' })
    ).json();
    const edited = await send(admin, 'PUT', `/faq/articles/${created.id}`, {
      title: 'Impresora sin red (actualizado)',
      body: 'Verifique el **cable**.',
      tags: [' impresora ', 'impresora', ''],
      language: 'es',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      slug: 'impresora-sin-red',
      title: 'Impresora sin red (actualizado)',
      html: '<p>Verifique el <strong>cable</strong>.</p>\n',
      tags: ['impresora'],
    });
    expect((await portalFaq('impresora')).map((a) => a.id)).toContain(created.id);

    const retired = await send(admin, 'POST', `/faq/articles/${created.id}/retire`);
    expect(retired.json()).toMatchObject({ retired: true });
    expect(retired.json().retiredAt).toMatch(/-05:00$/);
    expect((await portalFaq('impresora')).map((a) => a.id)).not.toContain(created.id);
    const listed = (await send(admin, 'GET', '/faq/articles')).json().items as { id: string }[];
    expect(listed.map((a) => a.id)).toContain(created.id);

    const restored = await send(admin, 'POST', `/faq/articles/${created.id}/restore`);
    expect(restored.json()).toMatchObject({ retired: false, retiredAt: null });
    expect((await portalFaq('impresora')).map((a) => a.id)).toContain(created.id);
  });

  it('refuses a blank title, unknown fields and unknown articles', async () => {
    const blank = await send(admin, 'POST', '/faq/articles', { ...article, title: '   ' });
    expect(blank.json().code).toBe('INVALID_NAME');
    const extra = await send(admin, 'POST', '/faq/articles', { ...article, html: '<b>x</b>' });
    expect(extra.json().code).toBe('VALIDATION_FAILED');
    const missing = await send(admin, 'PUT', '/faq/articles/no-existe', article);
    expect(missing.statusCode).toBe(404);
    const retireMissing = await send(admin, 'POST', '/faq/articles/no-existe/retire');
    expect(retireMissing.json().code).toBe('NOT_FOUND');
  });
});
