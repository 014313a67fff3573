import type { ActivityKind } from 'src/modules/feed/graphql/feed.types';

/** The fields a follow can narrow record changes to (FollowFilterInput.fields). */
export const FOLLOW_FIELDS = ['stage', 'amount', 'closeDate', 'status', 'priority', 'tier', 'owner'] as const;
export type FollowField = (typeof FOLLOW_FIELDS)[number];

export const FIELD_LABELS: Record<FollowField, string> = {
  stage: 'Stage',
  amount: 'Amount',
  closeDate: 'Close date',
  status: 'Status',
  priority: 'Priority',
  tier: 'Tier',
  owner: 'Owner',
};

export interface FollowSettingsValue {
  kinds: ActivityKind[] | null;
  fields: string[] | null;
  includeRelated: boolean;
}

export type Preset = 'everything' | 'posts' | 'stage-status' | 'custom';

export interface FilterChoice {
  preset: Preset;
  /** Custom only: posts, social mentions and notices. */
  conversation: boolean;
  /** Custom only: record changes to these fields. */
  fields: FollowField[];
  includeRelated: boolean;
}

export const PRESET_LABELS: Record<Preset, string> = {
  everything: 'Everything',
  posts: 'Only posts',
  'stage-status': 'Only stage & status changes',
  custom: 'Custom',
};

const CONVERSATION_KINDS: ActivityKind[] = ['POST', 'SOCIAL_MENTION', 'SYSTEM'];
const STAGE_STATUS: FollowField[] = ['stage', 'status'];

const isFollowField = (field: string): field is FollowField => (FOLLOW_FIELDS as readonly string[]).includes(field);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** What the menu shows for the saved settings. */
export function choiceFromSettings(settings: FollowSettingsValue): FilterChoice {
  const { kinds, fields, includeRelated } = settings;
  const base = { includeRelated, conversation: true, fields: [...FOLLOW_FIELDS] };
  if (!kinds && !fields) return { ...base, preset: 'everything' };
  if (kinds && sameSet(kinds, ['POST']) && !fields) return { ...base, preset: 'posts', fields: [] };
  if (kinds && sameSet(kinds, ['RECORD_CHANGE']) && fields && sameSet(fields, STAGE_STATUS)) {
    return { ...base, preset: 'stage-status', conversation: false, fields: [...STAGE_STATUS] };
  }
  const changes = !kinds || kinds.includes('RECORD_CHANGE');
  return {
    preset: 'custom',
    includeRelated,
    conversation: !kinds || kinds.includes('POST'),
    fields: changes ? (fields ?? [...FOLLOW_FIELDS]).filter(isFollowField) : [],
  };
}

/** The updateFollow filter for a choice, or null when it would deliver nothing. */
export function filterFromChoice(choice: FilterChoice): FollowSettingsValue | null {
  const { includeRelated } = choice;
  switch (choice.preset) {
    case 'everything':
      return { kinds: null, fields: null, includeRelated };
    case 'posts':
      return { kinds: ['POST'], fields: null, includeRelated };
    case 'stage-status':
      return { kinds: ['RECORD_CHANGE'], fields: [...STAGE_STATUS], includeRelated };
    case 'custom': {
      const allFields = choice.fields.length === FOLLOW_FIELDS.length;
      if (!choice.conversation && choice.fields.length === 0) return null;
      if (!choice.conversation) return { kinds: ['RECORD_CHANGE'], fields: allFields ? null : choice.fields, includeRelated };
      if (choice.fields.length === 0) return { kinds: CONVERSATION_KINDS, fields: null, includeRelated };
      // Conversation and some changes: every kind, record changes narrowed to the fields.
      return { kinds: null, fields: allFields ? null : choice.fields, includeRelated };
    }
  }
}

/** The button's short summary of the current settings. */
export function settingsSummary(settings: FollowSettingsValue | null): string {
  if (!settings) return PRESET_LABELS.everything;
  return PRESET_LABELS[choiceFromSettings(settings).preset];
}
