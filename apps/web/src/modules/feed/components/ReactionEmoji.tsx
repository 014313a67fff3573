import like from '@twemoji/svg/1f44d.svg';
import love from '@twemoji/svg/2764.svg';
import celebrate from '@twemoji/svg/1f389.svg';
import insightful from '@twemoji/svg/1f4a1.svg';
import laugh from '@twemoji/svg/1f604.svg';
import surprised from '@twemoji/svg/1f62e.svg';
import eyes from '@twemoji/svg/1f440.svg';
import type { Reaction } from 'src/modules/feed/graphql/feed.types';

// Bundled pictures (Twemoji, CC-BY 4.0), so reactions look the same on machines without an emoji font.
const IMAGES: Record<Reaction, string> = {
  LIKE: like,
  LOVE: love,
  CELEBRATE: celebrate,
  INSIGHTFUL: insightful,
  LAUGH: laugh,
  SURPRISED: surprised,
  EYES: eyes,
};

/** A reaction's emoji as a picture; the button around it carries the words. */
export function ReactionEmoji({ reaction }: { reaction: Reaction }) {
  return <img className="emoji" src={IMAGES[reaction]} alt="" width={18} height={18} draggable={false} />;
}
