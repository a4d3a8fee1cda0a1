import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../test/support/error-code.js';
import { decodeCursor, encodeCursor, pageLimit, pageOf } from './pagination.js';

describe('pagination', () => {
  it('round-trips a sort key through an opaque base64url cursor', () => {
    const cursor = encodeCursor(['2026-01-01', 'abc']);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor, 2)).toEqual(['2026-01-01', 'abc']);
  });

  it.each(['', '!!!', encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url')])(
    'refuses the cursor %j with INVALID_CURSOR',
    (cursor) => {
      expect(errorCodeOf(() => decodeCursor(cursor, 2))).toBe('INVALID_CURSOR');
    },
  );

  it('defaults the limit to 50 and clamps it to 1–100', () => {
    expect(pageLimit({})).toBe(50);
    expect(pageLimit({ limit: 0 })).toBe(1);
    expect(pageLimit({ limit: 500 })).toBe(100);
  });

  it('points the cursor at the last item shown when another page exists', () => {
    const page = pageOf(['a', 'b', 'c'], 2, (x) => [x]);
    expect(page.items).toEqual(['a', 'b']);
    expect(decodeCursor(page.nextCursor ?? '', 1)).toEqual(['b']);
    expect(pageOf(['a', 'b'], 2, (x) => [x]).nextCursor).toBeNull();
  });
});
