/**
 * GET /api/v1/mail-settings: admins see where e-mail goes — files under the data folder by
 * default, or the SMTP server with its credentials masked — and nobody else does.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHarness,
  type Harness,
  type SignedInClient,
  signIn,
} from '../../../../test/support/harness.js';
import { SmtpTransport } from '../../../mail/outbound/smtp-transport.js';

describe('GET /api/v1/mail-settings', () => {
  let files: Harness;
  let smtp: Harness;
  const transport = new SmtpTransport({
    url: 'smtp://soporte%40og.example:s3cr3t-clave@mail.og.example:2525',
  });

  beforeAll(async () => {
    files = await createHarness();
    smtp = await createHarness({ mailTransport: transport });
  });
  afterAll(async () => {
    await files.close();
    await smtp.close();
    await transport.close();
  });

  const get = (h: Harness, who: SignedInClient | null) =>
    h.app.inject({ url: '/api/v1/mail-settings', headers: who?.headers ?? {} });

  it('is for admins only', async () => {
    expect((await get(files, null)).statusCode).toBe(401);
    const agent = await signIn(files, { role: 'agent' });
    expect((await get(files, agent)).json().code).toBe('FORBIDDEN');
  });

  it('names the folder of the .eml files when there is no SMTP server', async () => {
    const admin = await signIn(files, { role: 'admin' });
    const settings = (await get(files, admin)).json();
    expect(settings).toEqual({
      destination: { kind: 'files', directory: `${files.dataDir}/outbox-mail` },
      from: 'Mesa de servicios <soporte@mesa.localhost>',
      replyAddress: 'soporte@mesa.localhost',
      publicUrl: 'http://127.0.0.1:3000',
    });
  });

  it('shows the SMTP server with its credentials masked', async () => {
    const admin = await signIn(smtp, { role: 'admin' });
    const response = await get(smtp, admin);
    expect(response.json().destination).toEqual({
      kind: 'smtp',
      host: 'mail.og.example',
      port: 2525,
      secure: false,
      user: 'so•••',
      passwordSet: true,
    });
    expect(response.body).not.toContain('s3cr3t');
    expect(response.body).not.toContain('soporte%40og');
  });
});
