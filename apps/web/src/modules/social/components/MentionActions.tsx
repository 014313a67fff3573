import { useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { ACCOUNTS_QUERY } from 'src/modules/records/graphql/records.documents';
import { humanizeEnum } from 'src/modules/records/utils/labels';
import {
  CLAIM_MENTION,
  CONVERT_MENTION_TO_CASE,
  CORRECT_MENTION,
  DISMISS_MENTION,
  LINK_MENTION_TO_CASE,
} from 'src/modules/social/graphql/social.documents';
import { MENTION_INTENTS, type MentionIntent, type SocialMention } from 'src/modules/social/graphql/social.types';

type Panel = 'none' | 'link' | 'correct';

/** A case id from what an agent pastes: the id itself or a case page's address. */
export function caseIdFrom(text: string): string {
  const trimmed = text.trim();
  return /\/cases\/([^/?#\s]+)/.exec(trimmed)?.[1] ?? trimmed;
}

/** Claim, convert to a case, link to a case, dismiss, or correct the intent and account. */
export function MentionActions({ mention, onChanged }: { mention: SocialMention; onChanged?: () => void }) {
  const navigate = useNavigate();
  const [panel, setPanel] = useState<Panel>('none');
  const done = () => {
    setPanel('none');
    onChanged?.();
  };
  const [claim, claimState] = useMutation(CLAIM_MENTION, { onCompleted: done });
  const [dismiss, dismissState] = useMutation(DISMISS_MENTION, { onCompleted: done });
  const [convert, convertState] = useMutation(CONVERT_MENTION_TO_CASE, {
    onCompleted: (data) => void navigate(`/cases/${data.convertMentionToCase.id}`),
  });
  const error = claimState.error ?? dismissState.error ?? convertState.error;
  const busy = claimState.loading || dismissState.loading || convertState.loading;
  const vars = { variables: { mentionId: mention.id } };

  return (
    <div className="mention-actions">
      <div className="mention-actions__buttons">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void claim(vars).catch(() => undefined)} data-testid="mention-claim">
          Claim
        </button>
        {!mention.caseId && (
          <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => void convert(vars).catch(() => undefined)} data-testid="mention-convert">
            Convert to case
          </button>
        )}
        <button type="button" className="button button--small" aria-expanded={panel === 'link'} onClick={() => setPanel(panel === 'link' ? 'none' : 'link')} data-testid="mention-link">
          Link to case
        </button>
        <button type="button" className="button button--small" aria-expanded={panel === 'correct'} onClick={() => setPanel(panel === 'correct' ? 'none' : 'correct')} data-testid="mention-correct">
          Correct
        </button>
        <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => void dismiss(vars).catch(() => undefined)} data-testid="mention-dismiss">
          Dismiss
        </button>
      </div>
      {panel === 'link' && <LinkForm mentionId={mention.id} onDone={done} />}
      {panel === 'correct' && <CorrectForm mention={mention} onDone={done} />}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

function LinkForm({ mentionId, onDone }: { mentionId: string; onDone: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [link, { loading, error }] = useMutation(LINK_MENTION_TO_CASE, { onCompleted: onDone });
  return (
    <form
      className="mention-actions__form"
      onSubmit={(e) => {
        e.preventDefault();
        void link({ variables: { mentionId, caseId: caseIdFrom(text) } }).catch(() => undefined);
      }}
    >
      <label htmlFor={id}>Case id or case page address</label>
      <input id={id} required value={text} onChange={(e) => setText(e.target.value)} placeholder="case_… or /cases/case_…" />
      <button type="submit" className="button button--small" disabled={loading || !text.trim()}>
        Link
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

function CorrectForm({ mention, onDone }: { mention: SocialMention; onDone: () => void }) {
  const intentId = useId();
  const accountId = useId();
  const [intent, setIntent] = useState<MentionIntent>(mention.intent);
  const [account, setAccount] = useState(mention.accountId ?? '');
  const accounts = useQuery(ACCOUNTS_QUERY, { variables: { first: 100 } }).data?.accounts ?? [];
  const [correct, { loading, error }] = useMutation(CORRECT_MENTION, { onCompleted: onDone });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void correct({
      variables: {
        mentionId: mention.id,
        intent: intent !== mention.intent ? intent : null,
        accountId: account && account !== mention.accountId ? account : null,
      },
    }).catch(() => undefined);
  };
  return (
    <form className="mention-actions__form" onSubmit={submit}>
      <label htmlFor={intentId}>Intent</label>
      <select id={intentId} value={intent} onChange={(e) => setIntent(e.target.value as MentionIntent)} data-testid="correct-intent">
        {MENTION_INTENTS.map((value) => (
          <option key={value} value={value}>
            {humanizeEnum(value)}
          </option>
        ))}
      </select>
      <label htmlFor={accountId}>Account</label>
      <select id={accountId} value={account} onChange={(e) => setAccount(e.target.value)} data-testid="correct-account">
        <option value="">{mention.accountId ? 'Keep the current account' : 'No account'}</option>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" disabled={loading || (intent === mention.intent && (!account || account === mention.accountId))}>
        Save correction
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
