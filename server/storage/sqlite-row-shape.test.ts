import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rowShapeOf } from './sqlite-row-shape.js';
import { withStatementCache } from './sqlite-statement-cache.js';

describe('rowShapeOf', () => {
  it('builds the object better-sqlite3 would build, for any column names', () => {
    const database = new Database(':memory:');
    const names = [
      'id',
      'a b',
      '"quoted"',
      "it's",
      'ñandú',
      '`x`',
      '\\',
      'constructor',
      'toString',
    ];
    const select = `select ${names.map((name, i) => `${i} as "${name.replaceAll('"', '""')}"`).join(', ')}`;
    const expected = database.prepare(select).get();
    const raw = database.prepare(select).raw(true).get() as unknown[];
    const shape = rowShapeOf(
      database
        .prepare(select)
        .columns()
        .map((c) => c.name),
    );
    expect(shape?.(raw)).toEqual(expected);
    database.close();
  });

  it('keeps the last of duplicate column names, like better-sqlite3', () => {
    const database = new Database(':memory:');
    const select = 'select 1 as x, 2 as x';
    const shape = rowShapeOf(['x', 'x']);
    expect(shape?.(database.prepare(select).raw(true).get() as unknown[])).toEqual(
      database.prepare(select).get(),
    );
    database.close();
  });

  it('declines a __proto__ column, which a literal would turn into a prototype', () => {
    expect(rowShapeOf(['id', '__proto__'])).toBeNull();
  });
});

describe('withStatementCache', () => {
  it('answers readers with the same rows as better-sqlite3, through all and iterate', () => {
    const database = new Database(':memory:');
    database.exec(
      "create table t (id integer, name text, data blob); insert into t values (1, 'uno', x'00ff'), (2, null, null)",
    );
    const cached = withStatementCache(database);
    const statement = cached.prepare('select * from t where id >= ? order by id');
    expect(statement.reader).toBe(true);
    const expected = database.prepare('select * from t where id >= ? order by id').all(1);
    expect(statement.all([1])).toEqual(expected);
    expect([...statement.iterate([1])]).toEqual(expected);
    expect(cached.prepare('select * from t where id >= ? order by id')).toBe(statement);
    const proto = cached.prepare('select 1 as "__proto__"');
    expect(proto.all([])).toEqual(database.prepare('select 1 as "__proto__"').all());
    const insert = cached.prepare('insert into t (id, name) values (?, ?)');
    expect(insert.reader).toBe(false);
    expect(insert.run([3, 'tres']).changes).toBe(1);
    cached.close();
  });
});
