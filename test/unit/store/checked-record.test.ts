import { describe, expect, it } from 'vitest';
import { checkedRecord, type ItemShape, UnexpectedItemError } from '#store/table/checked-record.ts';

interface Sample {
  id: string;
  count: number;
  note?: string;
}

const shape: ItemShape<Sample> = {
  type: 'sample',
  required: { id: 'string', count: 'number' },
  optional: { note: 'string' },
  hidden: ['bookkeeping'],
};
const stored = {
  PK: 'P#1',
  SK: 'S',
  GSI1PK: 'L',
  GSI1SK: '1',
  type: 'sample',
  expiresAt: 1,
  id: '1',
  count: 2,
};

describe('checkedRecord', () => {
  it('gives the record without the layout, the type and the hidden attributes', () => {
    expect(checkedRecord({ ...stored, bookkeeping: true, note: 'n' }, shape)).toEqual({
      id: '1',
      count: 2,
      note: 'n',
    });
  });

  it('refuses an item of another type, naming its key', () => {
    expect(() => checkedRecord({ ...stored, type: 'other' }, shape)).toThrow(
      new UnexpectedItemError(stored, 'its type is other, not sample'),
    );
    expect(() => checkedRecord({ ...stored, type: 'other' }, shape)).toThrow('Unexpected item P#1 / S');
  });

  it('refuses an item without an attribute its record needs, or with one of another kind', () => {
    const { count, ...withoutCount } = stored;
    expect(() => checkedRecord(withoutCount, shape)).toThrow('count is nothing, not a number');
    expect(() => checkedRecord({ ...stored, count: '2' }, shape)).toThrow('count is string, not a number');
    expect(() => checkedRecord({ ...stored, note: 3 }, shape)).toThrow('note is number, not a string');
  });

  it('checks an item without a type (as updates alone write them) by its attributes alone', () => {
    expect(checkedRecord({ PK: 'P', SK: 'S', id: 'x', count: 0 }, shape)).toEqual({ id: 'x', count: 0 });
    expect(() => checkedRecord({ PK: 'P', SK: 'S', id: 'x' }, shape)).toThrow(
      'count is nothing, not a number',
    );
  });
});
