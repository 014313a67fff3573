import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { LiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { PostComposer } from 'src/modules/records/components/PostComposer';
import { FOLLOWING_QUERY } from 'src/modules/records/graphql/follow.documents';
import { humanizeEnum } from 'src/modules/records/utils/labels';

const RECORD_KINDS = new Set(['ACCOUNT', 'DEAL', 'CASE', 'DOCUMENT']);

/** The home feed's post box: pick one of the records you follow, then write as on its page. */
export function HomeComposer({ feed }: { feed: LiveFeed }) {
  const pickerId = useId();
  const { data } = useQuery(FOLLOWING_QUERY);
  const records = (data?.following ?? []).filter((subject) => RECORD_KINDS.has(subject.kind));
  const [chosen, setChosen] = useState<string | null>(null);
  const subject = records.find((record) => record.id === chosen) ?? records[0];
  if (!subject) return null;

  return (
    <div className="home-composer">
      <label htmlFor={pickerId} className="home-composer__label">
        Post about
      </label>
      <select id={pickerId} className="home-composer__picker" data-testid="post-subject" value={subject.id} onChange={(event) => setChosen(event.target.value)}>
        {records.map((record) => (
          <option key={record.id} value={record.id}>
            {record.name} ({humanizeEnum(record.kind)})
          </option>
        ))}
      </select>
      <PostComposer
        key={subject.id}
        subjectId={subject.id}
        subjectName={subject.name}
        onPosted={(activity) => feed.addNow([{ __typename: 'FeedEdge', cursor: activity.id, node: activity }])}
      />
    </div>
  );
}
