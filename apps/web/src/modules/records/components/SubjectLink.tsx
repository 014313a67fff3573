import { Link } from 'react-router-dom';
import type { SubjectRef } from 'src/modules/feed/graphql/feed.types';
import { subjectPath } from 'src/modules/records/utils/subject-path';

interface SubjectLinkProps {
  subject: Pick<SubjectRef, 'id' | 'name'>;
  className?: string;
}

/** Records link to their page; employees, teams and topics have none yet and show as text. */
export function SubjectLink({ subject, className = 'subject-link' }: SubjectLinkProps) {
  const path = subjectPath(subject.id);
  if (!path) return <span className={className}>{subject.name}</span>;
  return (
    <Link to={path} className={className} data-testid="subject-link">
      {subject.name}
    </Link>
  );
}
