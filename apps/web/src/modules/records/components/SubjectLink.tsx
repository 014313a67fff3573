import { Link } from 'react-router-dom';
import type { SubjectRef } from 'src/modules/feed/graphql/feed.types';
import { topicPath } from 'src/modules/feed/utils/rich-text';
import { subjectKindFromId, subjectPath } from 'src/modules/records/utils/subject-path';

interface SubjectLinkProps {
  subject: Pick<SubjectRef, 'id' | 'name'>;
  className?: string;
}

/** Records, people and topics link to their page; teams have none yet and show as text. */
export function SubjectLink({ subject, className = 'subject-link' }: SubjectLinkProps) {
  const isTopic = subjectKindFromId(subject.id) === 'TOPIC';
  const path = isTopic ? (subject.name.startsWith('#') ? topicPath(subject.name) : null) : subjectPath(subject.id);
  if (!path) return <span className={className}>{subject.name}</span>;
  return (
    <Link to={path} className={className} data-testid="subject-link">
      {subject.name}
    </Link>
  );
}
