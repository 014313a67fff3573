import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import { useQuery } from '@apollo/client/react';
import { MENTION_CANDIDATES, TOPIC_CANDIDATES } from 'src/modules/mentions/graphql/mentions.documents';
import type { MentionCandidate } from 'src/modules/mentions/graphql/mentions.types';
import { fitsQuery, insertMention, mentionTokenAt } from 'src/modules/mentions/utils/mention-token';
import { useDebouncedValue } from 'src/modules/records/hooks/useDebouncedValue';

const SHOWN = 8;
const DEBOUNCE_MS = 120;

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface MentionAutocomplete<E extends Field> {
  /** Spread onto the text field: value, change, caret tracking, keys, combobox semantics. */
  inputProps: {
    ref: RefObject<E | null>;
    value: string;
    onChange: (event: ChangeEvent<E>) => void;
    onSelect: (event: SyntheticEvent<E>) => void;
    onBlur: () => void;
    onKeyDown: (event: KeyboardEvent<E>) => void;
    role: 'combobox';
    'aria-autocomplete': 'list';
    'aria-expanded': boolean;
    'aria-controls': string | undefined;
    'aria-activedescendant': string | undefined;
  };
  listProps: {
    id: string;
    candidates: MentionCandidate[];
    activeIndex: number;
    onPick: (candidate: MentionCandidate) => void;
  } | null;
}

/**
 * @mention and #topic autocomplete for a text field: while the caret is in an "@…" word, lists the
 * people and teams whose handle or name starts with it (mentionCandidates, for this subject); in a
 * "#…" word, the topics I know that start with it (topicCandidates). Arrow keys move, Enter or Tab
 * or a click picks, Escape closes until the next "@" or "#".
 */
export function useMentionAutocomplete<E extends Field>(
  value: string,
  setValue: (value: string) => void,
  subjectId: string,
  onKeyDown?: (event: KeyboardEvent<E>) => void,
): MentionAutocomplete<E> {
  const ref = useRef<E>(null);
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState({ key: '', index: 0 });
  const nextCaret = useRef<number | null>(null);

  const token = caret === null ? null : mentionTokenAt(value, caret);
  const wanted = token !== null && token.start !== dismissedAt;
  const typing = useDebouncedValue(wanted ? `${token.trigger}${token.query}` : null, DEBOUNCE_MS);
  const prefix = typing?.slice(1) ?? null;
  const people = useQuery(MENTION_CANDIDATES, {
    variables: { prefix: prefix ?? '', subjectId, first: SHOWN },
    skip: typing === null || !typing.startsWith('@'),
  });
  const topics = useQuery(TOPIC_CANDIDATES, {
    variables: { prefix: prefix ?? '', first: SHOWN },
    skip: typing === null || !typing.startsWith('#'),
  });
  const found: MentionCandidate[] =
    token?.trigger === '#'
      ? ((topics.data ?? topics.previousData)?.topicCandidates ?? []).map((topic) => ({
          __typename: 'Topic' as const,
          id: topic.id,
          kind: 'TOPIC' as const,
          handle: topic.name,
          name: `#${topic.name}`,
          canOpenSubject: null,
        }))
      : ((people.data ?? people.previousData)?.mentionCandidates ?? []);
  // The answer may be for a keystroke ago: keep only who (or which topic) still fits what is typed.
  const candidates = wanted ? found.filter((c) => fitsQuery(c, token.query)) : [];
  const open = candidates.length > 0;
  const key = token ? `${token.start}:${token.query}` : '';
  const activeIndex = open && active.key === key ? Math.min(active.index, candidates.length - 1) : 0;

  // Puts the caret after an inserted mention once React has written the new value.
  useLayoutEffect(() => {
    if (nextCaret.current === null || !ref.current) return;
    ref.current.setSelectionRange(nextCaret.current, nextCaret.current);
    nextCaret.current = null;
  }, [value]);

  const trackCaret = (field: E, text: string) => {
    const at = field.selectionStart;
    setCaret(at);
    if (dismissedAt !== null && (at === null || mentionTokenAt(text, at)?.start !== dismissedAt)) setDismissedAt(null);
  };

  const pick = (candidate: MentionCandidate) => {
    if (!token) return;
    const inserted = insertMention(value, token, candidate.handle);
    nextCaret.current = inserted.caret;
    setValue(inserted.text);
    setCaret(inserted.caret);
  };

  const handleKeyDown = (event: KeyboardEvent<E>) => {
    if (open && token && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const move = (by: number) => {
        event.preventDefault();
        setActive({ key, index: (activeIndex + by + candidates.length) % candidates.length });
      };
      if (event.key === 'ArrowDown') return move(1);
      if (event.key === 'ArrowUp') return move(-1);
      if (event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey)) {
        event.preventDefault();
        const chosen = candidates[activeIndex];
        if (chosen) pick(chosen);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(token.start);
        return;
      }
    }
    onKeyDown?.(event);
  };

  return {
    inputProps: {
      ref,
      value,
      onChange: (event) => {
        setValue(event.target.value);
        trackCaret(event.target, event.target.value);
      },
      onSelect: (event) => trackCaret(event.currentTarget, event.currentTarget.value),
      onBlur: () => setCaret(null),
      onKeyDown: handleKeyDown,
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': open,
      'aria-controls': open ? listId : undefined,
      'aria-activedescendant': open ? `${listId}-${activeIndex}` : undefined,
    },
    listProps: open ? { id: listId, candidates, activeIndex, onPick: pick } : null,
  };
}
