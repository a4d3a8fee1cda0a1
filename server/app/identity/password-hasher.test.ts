import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, PasswordHasher } from './password-hasher.js';

const fast = new PasswordHasher({ N: 1024, r: 8, p: 1 });

describe('PasswordHasher', () => {
  it('stores the parameters, salt and key in the hash string', async () => {
    const hash = await fast.hash('una contraseña larga');
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await fast.hash('una contraseña larga');
    expect(await fast.verify('una contraseña larga', hash)).toBe(true);
    expect(await fast.verify('una contraseña larg', hash)).toBe(false);
    expect(await fast.verify('', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await fast.hash('igual')).not.toBe(await fast.hash('igual'));
  });

  it('verifies hashes made at another cost (the cost travels in the hash)', async () => {
    const hash = await new PasswordHasher({ N: 2048, r: 4, p: 2 }).hash('clave');
    expect(await fast.verify('clave', hash)).toBe(true);
  });

  it('answers false, after the same work, when there is no hash or it is malformed', async () => {
    expect(await fast.verify('clave', null)).toBe(false);
    for (const bad of ['', 'plain', 'scrypt$3$8$1$abc$def', 'scrypt$1048576$64$1$c2FsdA$a2V5']) {
      expect(await fast.verify('clave', bad)).toBe(false);
    }
  });

  it('uses 2^15, 8, 1 by default (32 MiB of memory per hash)', async () => {
    expect(DEFAULT_SCRYPT_COST).toEqual({ N: 32768, r: 8, p: 1 });
    const hash = await new PasswordHasher().hash('clave por defecto');
    expect(hash.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await fast.verify('clave por defecto', hash)).toBe(true);
  });
});
