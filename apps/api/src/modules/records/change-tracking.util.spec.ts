import { describeChanges, diffTracked, displayValue, netChanges, TrackedField } from './change-tracking.util';

interface DealLike {
  stage: string;
  amount: number;
  name: string;
}
const tracked: TrackedField<DealLike>[] = [
  { field: 'stage', read: (d) => d.stage },
  { field: 'amount', read: (d) => String(d.amount) },
];

describe('change tracking', () => {
  it('reports only the tracked fields that moved, with from and to', () => {
    const before = { stage: 'NEGOTIATION', amount: 10000, name: 'Acme Renewal' };
    const after = { stage: 'CLOSED_WON', amount: 10000, name: 'Acme Renewal (2027)' };
    expect(diffTracked(before, after, tracked)).toEqual([{ field: 'stage', from: 'NEGOTIATION', to: 'CLOSED_WON' }]);
  });

  it('reports nothing when a tracked field is set to the value it already had', () => {
    const deal = { stage: 'PROPOSAL', amount: 5, name: 'x' };
    expect(diffTracked(deal, { ...deal }, tracked)).toEqual([]);
  });

  it('writes the sentence people read in the feed', () => {
    expect(
      describeChanges('Acme Renewal', [
        { field: 'stage', from: 'NEGOTIATION', to: 'CLOSED_WON' },
        { field: 'amount', from: '10000', to: '12500.5' },
        { field: 'closeDate', from: null, to: '2026-12-31' },
      ]),
    ).toBe('Acme Renewal: stage Negotiation → Closed Won; amount 10,000 → 12,500.5; close date none → 2026-12-31');
  });

  it('leaves names alone and spells enum values as words', () => {
    expect(displayValue('owner', 'Ana Silva')).toBe('Ana Silva');
    expect(displayValue('status', 'PENDING_CUSTOMER')).toBe('Pending Customer');
  });

  it('sums up a burst of changes per field: first from, last to, and drops what came back', () => {
    const burst = [
      { field: 'stage', from: 'PROSPECTING', to: 'QUALIFICATION' },
      { field: 'amount', from: '100', to: '200' },
      { field: 'stage', from: 'QUALIFICATION', to: 'PROPOSAL' },
      { field: 'amount', from: '200', to: '100' },
    ];
    expect(netChanges(burst)).toEqual([{ field: 'stage', from: 'PROSPECTING', to: 'PROPOSAL' }]);
    expect(describeChanges('Acme Renewal', netChanges(burst))).toBe('Acme Renewal: stage Prospecting → Proposal');
    expect(describeChanges('Acme Renewal', netChanges(burst.slice(1, 2).concat(burst.slice(3))))).toBe('Acme Renewal: changed and changed back');
  });
});
