import { choiceFromSettings, filterFromChoice, settingsSummary, type FilterChoice } from './follow-filter';

const custom = (over: Partial<FilterChoice>): FilterChoice => ({
  preset: 'custom',
  conversation: true,
  fields: [],
  includeRelated: true,
  ...over,
});

describe('follow filter presets', () => {
  it('maps each preset to the filter the API takes, and back', () => {
    for (const preset of ['everything', 'posts', 'stage-status'] as const) {
      const filter = filterFromChoice({ preset, conversation: true, fields: [], includeRelated: true });
      expect(filter).not.toBeNull();
      expect(choiceFromSettings(filter!).preset).toBe(preset);
    }
    expect(filterFromChoice(custom({ preset: 'stage-status' }))).toEqual({ kinds: ['RECORD_CHANGE'], fields: ['stage', 'status'], includeRelated: true });
    expect(filterFromChoice(custom({ preset: 'posts' }))).toEqual({ kinds: ['POST'], fields: null, includeRelated: true });
  });

  it('reads settings made elsewhere as a custom choice', () => {
    expect(choiceFromSettings({ kinds: null, fields: ['stage'], includeRelated: false })).toEqual(
      custom({ fields: ['stage'], includeRelated: false }),
    );
    expect(choiceFromSettings({ kinds: ['RECORD_CHANGE'], fields: ['amount'], includeRelated: true })).toEqual(
      custom({ conversation: false, fields: ['amount'] }),
    );
  });
});

describe('custom filters', () => {
  it('narrows record changes to the chosen fields, keeping the conversation', () => {
    expect(filterFromChoice(custom({ fields: ['stage', 'amount'] }))).toEqual({ kinds: null, fields: ['stage', 'amount'], includeRelated: true });
  });

  it('drops record changes when no field is chosen', () => {
    expect(filterFromChoice(custom({ fields: [] }))).toEqual({ kinds: ['POST', 'SOCIAL_MENTION', 'SYSTEM'], fields: null, includeRelated: true });
  });

  it('keeps only changes when the conversation is off, and refuses an empty filter', () => {
    expect(filterFromChoice(custom({ conversation: false, fields: ['owner'] }))).toEqual({ kinds: ['RECORD_CHANGE'], fields: ['owner'], includeRelated: true });
    expect(filterFromChoice(custom({ conversation: false, fields: [] }))).toBeNull();
  });

  it('round-trips through the settings the server answers', () => {
    const choice = custom({ fields: ['closeDate', 'owner'], includeRelated: false });
    expect(choiceFromSettings(filterFromChoice(choice)!)).toEqual(choice);
  });
});

describe('settingsSummary', () => {
  it('names the preset, or Everything when not narrowed', () => {
    expect(settingsSummary(null)).toBe('Everything');
    expect(settingsSummary({ kinds: ['POST'], fields: null, includeRelated: true })).toBe('Only posts');
    expect(settingsSummary({ kinds: null, fields: ['tier'], includeRelated: true })).toBe('Custom');
  });
});
