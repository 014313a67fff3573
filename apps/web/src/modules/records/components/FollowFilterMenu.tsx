import { useId, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage } from 'src/modules/api/utils/graphql-error';
import { FOLLOW_SETTINGS_QUERY, UPDATE_FOLLOW } from 'src/modules/records/graphql/follow-filter.documents';
import {
  choiceFromSettings,
  FIELD_LABELS,
  filterFromChoice,
  FOLLOW_FIELDS,
  PRESET_LABELS,
  settingsSummary,
  type FilterChoice,
  type FollowField,
  type Preset,
} from 'src/modules/records/utils/follow-filter';
import { subjectKindFromId } from 'src/modules/records/utils/subject-path';
import { Popover, PopoverContent, PopoverTrigger } from 'src/modules/ui/components/Popover';

// The fields each kind of record tracks; an account's follow also carries its deals' and cases'.
const FIELDS_BY_KIND: Record<string, FollowField[]> = {
  ACCOUNT: ['tier', 'owner', 'stage', 'amount', 'closeDate', 'status', 'priority'],
  DEAL: ['stage', 'amount', 'closeDate', 'owner'],
  CASE: ['status', 'priority', 'owner'],
  DOCUMENT: ['status', 'owner'],
};
const PRESETS: Preset[] = ['everything', 'posts', 'stage-status', 'custom'];
const EVERYTHING = { kinds: null, fields: null, includeRelated: true };

/** "Notify me about" beside the Follow button of a followed record: what the follow delivers. */
export function FollowFilterMenu({ subjectId }: { subjectId: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  // Read afresh on each mount: a new follow starts from the server's defaults.
  const { data, error } = useQuery(FOLLOW_SETTINGS_QUERY, { variables: { subjectId }, fetchPolicy: 'cache-and-network' });
  const settings = data?.followSettings ?? null;

  // Radix Popover: Escape and a click outside close it, and focus goes back to the button.
  return (
    <div className="follow__notify">
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger className="button button--small button--quiet" data-testid="follow-filter-button">
          Notify me about: {error ? '…' : settingsSummary(settings)} <span aria-hidden="true">▾</span>
        </PopoverTrigger>
        <PopoverContent
          ref={panelRef}
          className="follow-filter"
          aria-label="Notify me about"
          // Focus starts on the current choice, not on the first option.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            panelRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
          }}
        >
          <FollowFilterPanel
            id={panelId}
            subjectId={subjectId}
            initial={choiceFromSettings(settings ?? EVERYTHING)}
            onDone={() => setOpen(false)}
          />
        </PopoverContent>
      </Popover>
    </div>
  );
}

interface PanelProps {
  id: string;
  subjectId: string;
  initial: FilterChoice;
  onDone: () => void;
}

function FollowFilterPanel({ id, subjectId, initial, onDone }: PanelProps) {
  const [choice, setChoice] = useState(initial);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UPDATE_FOLLOW, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: FOLLOW_SETTINGS_QUERY, variables: { subjectId }, data: { followSettings: data.updateFollow } });
    },
  });

  const kind = subjectKindFromId(subjectId) ?? 'DEAL';
  const fields = FIELDS_BY_KIND[kind] ?? FIELDS_BY_KIND.DEAL ?? [];
  // Once narrowed, only the fields offered here count: another kind's fields (all on by default)
  // would otherwise ride along unseen and let a choice that delivers nothing be saved.
  const narrowed = choice.fields.length < FOLLOW_FIELDS.length;
  const filter = filterFromChoice(narrowed ? { ...choice, fields: choice.fields.filter((f) => fields.includes(f)) } : choice);
  const set = (patch: Partial<FilterChoice>) => setChoice((current) => ({ ...current, ...patch }));
  const toggleField = (field: FollowField, on: boolean) =>
    setChoice((current) => ({
      ...current,
      fields: on ? [...current.fields.filter((f) => f !== field), field] : current.fields.filter((f) => f !== field),
    }));

  const save = async () => {
    if (!filter) return;
    setSaveError(null);
    try {
      await update({ variables: { subjectId, filter } });
      onDone();
    } catch (caught) {
      setSaveError(caught);
    }
  };

  return (
    <form
      id={id}
      className="follow-filter__form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend>Notify me about</legend>
        {PRESETS.map((preset) => (
          <label key={preset}>
            <input type="radio" name={`${id}-preset`} checked={choice.preset === preset} onChange={() => set({ preset })} />
            {PRESET_LABELS[preset]}
          </label>
        ))}
      </fieldset>
      {choice.preset === 'custom' && (
        <fieldset>
          <legend className="visually-hidden">Custom</legend>
          <label>
            <input type="checkbox" checked={choice.conversation} onChange={(e) => set({ conversation: e.target.checked })} />
            Posts and social mentions
          </label>
          <p className="muted">Changes to:</p>
          <div className="follow-filter__fields">
            {fields.map((field) => (
              <label key={field}>
                <input type="checkbox" checked={choice.fields.includes(field)} onChange={(e) => toggleField(field, e.target.checked)} />
                {FIELD_LABELS[field]}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {kind === 'ACCOUNT' && (
        <label>
          <input type="checkbox" checked={choice.includeRelated} onChange={(e) => set({ includeRelated: e.target.checked })} />
          Include its deals, cases and documents
        </label>
      )}
      {!filter && <p className="form-error">Choose at least one thing to be notified about.</p>}
      {saveError !== null && (
        <p className="form-error" role="alert">
          {errorMessage(saveError)}
        </p>
      )}
      <div className="follow-filter__actions">
        <button type="button" className="button button--quiet button--small" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary button--small" disabled={!filter || loading}>
          {loading ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
