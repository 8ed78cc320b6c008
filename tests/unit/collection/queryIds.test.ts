import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { queryIds, toggleInQuery } from '../../../src/lib/collection/queryIds.ts';
import { collectionQuery, parseCollection } from '../../../src/lib/collection/collectionState.ts';

describe('toggleInQuery', () => {
  it('adds at the end and keeps the title and order', () => {
    expect(toggleInQuery('?m=a~b&title=%E7%BD%91%E6%A0%BC&order=own', 'c')).toBe(
      '?m=a~b~c&title=%E7%BD%91%E6%A0%BC&order=own',
    );
    expect(toggleInQuery('', 'a')).toBe('?m=a');
  });
  it('takes an id out wherever it is named', () => {
    expect(toggleInQuery('?m=a~b&m=a', 'a')).toBe('?m=b');
    expect(toggleInQuery('?m=a', 'a')).toBe('');
    expect(queryIds('?m=%20a%20~~b&x=1')).toEqual(['a', 'b']);
  });
  it('agrees with the full parser on canonical queries', () => {
    const ids = fc.constantFrom('a-1', 'b-2', 'c-3', 'd-4');
    fc.assert(
      fc.property(
        fc.uniqueArray(ids),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.boolean(),
        ids,
        (list, title, own, id) => {
          const query = collectionQuery(
            parseCollection(collectionQuery({ ids: list, title, order: own ? 'own' : 'date' })),
          );
          const before = parseCollection(query);
          const after = parseCollection(toggleInQuery(query, id));
          expect(after.title).toBe(before.title);
          expect(after.ids).toEqual(before.ids.includes(id) ? before.ids.filter((x) => x !== id) : [...before.ids, id]);
          if (after.ids.length > 1) expect(after.order).toBe(before.order);
        },
      ),
    );
  });
});
