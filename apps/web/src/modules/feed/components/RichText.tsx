import { Link } from 'react-router-dom';
import { parseRichText, topicPath } from 'src/modules/feed/utils/rich-text';

interface RichTextProps {
  text: string;
  className?: string;
}

/**
 * Post text with @mentions set apart and #topics linking to their page; everything else stays
 * plain text (React escapes it: nothing in a body becomes markup).
 */
export function RichText({ text, className }: RichTextProps) {
  return (
    <p className={className}>
      {parseRichText(text).map((part, index) =>
        part.kind === 'topic' ? (
          <Link key={index} to={topicPath(part.name)} className="topic">
            {part.text}
          </Link>
        ) : part.kind === 'mention' ? (
          <span key={index} className="mention">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
