import { Link } from 'react-router-dom';
import { parseRichText, topicPath } from 'src/modules/feed/utils/rich-text';
import { useEmployees } from 'src/modules/records/hooks/useEmployees';
import { subjectPath } from 'src/modules/records/utils/subject-path';

interface RichTextProps {
  text: string;
  className?: string;
}

/**
 * Post text with @mentions linking to the person, #topics to their page and web addresses opening
 * in a new tab; everything else stays plain text (React escapes it: nothing in a body becomes markup).
 */
export function RichText({ text, className }: RichTextProps) {
  const { employees } = useEmployees();
  const byHandle = new Map(employees.map((employee) => [employee.handle.toLowerCase(), employee]));
  return (
    <p className={className}>
      {parseRichText(text).map((part, index) => {
        switch (part.kind) {
          case 'topic':
            return (
              <Link key={index} to={topicPath(part.name)} className="topic">
                {part.text}
              </Link>
            );
          case 'mention': {
            const person = byHandle.get(part.handle);
            const path = person ? subjectPath(person.id) : null;
            return path && person ? (
              <Link key={index} to={path} className="mention" title={person.name} data-testid="mention-link">
                {part.text}
              </Link>
            ) : (
              <span key={index} className="mention">
                {part.text}
              </span>
            );
          }
          case 'link':
            return (
              <a key={index} href={part.href} className="autolink" target="_blank" rel="noopener noreferrer nofollow">
                {part.text}
              </a>
            );
          default:
            return part.text;
        }
      })}
    </p>
  );
}
