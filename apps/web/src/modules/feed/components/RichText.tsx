const TOKEN = /([@#][\p{L}\p{N}_.-]*[\p{L}\p{N}_])/u;

interface RichTextProps {
  text: string;
  className?: string;
}

/** Post text with @mentions and #topics set apart; everything else stays plain text. */
export function RichText({ text, className }: RichTextProps) {
  const parts = text.split(TOKEN);
  return (
    <p className={className}>
      {parts.map((part, index) =>
        // split() with one capture group puts the tokens at odd indexes.
        index % 2 === 1 ? (
          <span key={index} className={part.startsWith('@') ? 'mention' : 'topic'}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}
