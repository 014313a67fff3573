import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Me } from 'src/modules/auth/graphql/auth.types';
import type { FeedComment } from 'src/modules/feed/graphql/feed.types';
import { ActionMenu, type ActionMenuItem } from 'src/modules/feed/components/ActionMenu';
import { ConfirmRemove } from 'src/modules/feed/components/ConfirmRemove';
import { EditedMark } from 'src/modules/feed/components/EditedMark';
import { InlineEditor } from 'src/modules/feed/components/InlineEditor';
import { ReactionBar } from 'src/modules/feed/components/ReactionBar';
import { RelativeTime } from 'src/modules/feed/components/RelativeTime';
import { RichText } from 'src/modules/feed/components/RichText';
import { useConversationActions } from 'src/modules/feed/hooks/useConversationActions';
import { canEditComment, canRemoveComment } from 'src/modules/feed/utils/permissions';
import { subjectPath } from 'src/modules/records/utils/subject-path';

interface CommentItemProps {
  comment: FeedComment;
  viewer: Me | null;
  now: number;
}

type Mode = 'view' | 'edit' | 'confirm-remove';

/** One reply: its text (or tombstone), reactions, and Edit/Remove for its author (Remove for admins). */
export function CommentItem({ comment, viewer, now }: CommentItemProps) {
  const actions = useConversationActions();
  const [mode, setMode] = useState<Mode>('view');
  const removed = comment.deletedAt !== null;
  const menu: ActionMenuItem[] = [];
  if (canEditComment(comment, viewer)) menu.push({ label: 'Edit', onSelect: () => setMode('edit') });
  if (canRemoveComment(comment, viewer)) {
    menu.push({ label: 'Remove', danger: true, onSelect: () => setMode('confirm-remove') });
  }
  const authorPath = subjectPath(comment.author.id);

  return (
    <li className={removed ? 'comment comment--removed' : 'comment'} data-testid="comment" data-comment-id={comment.id}>
      <div className="comment__header">
        {authorPath ? (
          <Link to={authorPath} className="comment__author">
            {comment.author.name}
          </Link>
        ) : (
          <span className="comment__author">{comment.author.name}</span>
        )}{' '}
        <RelativeTime iso={comment.createdAt} now={now} />
        {comment.editedAt && !removed && <EditedMark iso={comment.editedAt} />}
        <ActionMenu label={`More actions for ${comment.author.name}'s comment`} items={menu} />
      </div>
      {removed || comment.body === null ? (
        <p className="tombstone">This comment was removed</p>
      ) : mode === 'edit' ? (
        <InlineEditor
          label="Edit your comment"
          initial={comment.body}
          multiline={false}
          onCancel={() => setMode('view')}
          onSave={async (text) => {
            await actions.editComment(comment.id, text);
            setMode('view');
          }}
        />
      ) : (
        <RichText className="comment__body" text={comment.body} />
      )}
      {mode === 'confirm-remove' && !removed && (
        <ConfirmRemove
          what="comment"
          onCancel={() => setMode('view')}
          onConfirm={() => actions.removeComment(comment.id, comment.activityId)}
        />
      )}
      {!removed && <ReactionBar activityId={comment.activityId} commentId={comment.id} reactions={comment.reactions} />}
    </li>
  );
}
