import { describe, expect, it } from 'vitest';
import { actorChoices } from '../../app/components/filter-form';

describe('actor choices of a filter', () => {
  const listed = [
    { key: 'russia', name: 'Russia' },
    { key: 'japan', name: 'Japan' },
  ];

  it('lists actors by name', () => {
    expect(actorChoices(listed).map((c) => c.value)).toEqual(['japan', 'russia']);
  });

  it('takes in the actor the URL names when the list stops before it, once', () => {
    const named = { key: 'andrei-rudenko', name: 'Andrei Rudenko' };
    expect(actorChoices(listed, named).map((c) => c.label)).toEqual(['Andrei Rudenko', 'Japan', 'Russia']);
    expect(actorChoices(listed, listed[0])).toHaveLength(2);
    expect(actorChoices(listed, null)).toHaveLength(2);
  });
});
