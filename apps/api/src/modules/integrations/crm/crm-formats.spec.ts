import { crmItems, detectFormat } from './crm-formats';
import { CrmMapper } from './crm-mapping';

const mapper = new CrmMapper('{"hubspot":{"stage":{"1234567":"PROPOSAL"}}}');

describe('CRM formats', () => {
  it('detects the format from the shape', () => {
    expect(detectFormat([{ subscriptionType: 'deal.creation' }])).toBe('hubspot');
    expect(detectFormat({ ChangeEventHeader: {} })).toBe('salesforce-cdc');
    expect(detectFormat({ schema: 'x', payload: { ChangeEventHeader: {} }, event: { replayId: 1 } })).toBe('salesforce-cdc');
    expect(detectFormat({ eventId: 'e', record: {} })).toBe('tidings');
  });

  it('maps source values through the tables, with overrides, and names a value that fits nothing', () => {
    const event = (value: string) => ({ eventId: 1, subscriptionType: 'deal.propertyChange', objectId: 9, occurredAt: 1772441000000, propertyName: 'dealstage', propertyValue: value });
    const [won, custom, odd] = crmItems('hubspot', [event('closedwon'), event('1234567'), event('zzz')], mapper).parsed;
    expect(won.ok && won.item.type === 'record' && won.item.fields).toEqual({ stage: 'CLOSED_WON' });
    expect(custom.ok && custom.item.type === 'record' && custom.item.fields).toEqual({ stage: 'PROPOSAL' });
    expect(odd).toMatchObject({ ok: false, field: 'propertyValue' });
  });

  it('identifies a CDC change by transaction key and sequence number', () => {
    const { parsed } = crmItems(
      'salesforce-cdc',
      { ChangeEventHeader: { entityName: 'Opportunity', recordIds: ['006X'], changeType: 'UPDATE', commitTimestamp: 1772441000000, transactionKey: 'tk', sequenceNumber: 3 }, StageName: 'Closed Won' },
      mapper,
    );
    expect(parsed[0]).toMatchObject({ ok: true, item: { source: 'salesforce', eventId: 'tk:3', externalId: '006X', fields: { stage: 'CLOSED_WON' } } });
  });

  it('refuses an unknown Tidings value in the overrides at boot', () => {
    expect(() => new CrmMapper('{"hubspot":{"stage":{"x":"WON_BIG"}}}')).toThrow(/CRM_MAPPINGS: hubspot.stage\["x"\] = "WON_BIG"/);
  });
});
