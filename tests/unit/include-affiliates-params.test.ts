/** The feed screens' `include=affiliates` parameter, as the URL carries it. */
import { describe, expect, it } from 'vitest';
import { parseEventParams, parseStatementParams } from '../../app/lib/search-params';

describe('include=affiliates on /statements', () => {
  it('widens the speaker filter and stays in the URL parameters', () => {
    const query = parseStatementParams({ speaker: 'russia', include: 'affiliates' });
    expect(query.filter).toEqual({ speakers: ['russia'], includeAffiliated: true });
    expect(query.params).toMatchObject({ speaker: ['russia'], include: 'affiliates' });
    expect(query.problems).toEqual([]);
  });

  it('is off unless the URL says so', () => {
    const query = parseStatementParams({ speaker: 'russia' });
    expect(query.filter.includeAffiliated).toBeUndefined();
    expect(query.params.include).toBeUndefined();
  });

  it('names a value it does not know and leaves the parameter out, as the export refuses it', () => {
    const odd = parseStatementParams({ speaker: 'russia', include: 'everyone' });
    expect(odd.filter.includeAffiliated).toBeUndefined();
    expect(odd.problems).toEqual(['“include”: “everyone” is not known; expected “affiliates”']);
    const both = parseStatementParams({ include: ['everyone', 'AFFILIATES'] });
    expect(both.filter.includeAffiliated).toBeUndefined();
    expect(both.problems).toHaveLength(1);
    expect(parseStatementParams({ include: 'AFFILIATES' }).filter.includeAffiliated).toBe(true);
  });
});

describe('include=affiliates on /events', () => {
  it('widens the actor filter the same way', () => {
    const query = parseEventParams({ actor: 'russia', include: 'affiliates' });
    expect(query.filter).toEqual({ actors: ['russia'], includeAffiliated: true });
    expect(query.params).toMatchObject({ actor: ['russia'], include: 'affiliates' });
  });
});
