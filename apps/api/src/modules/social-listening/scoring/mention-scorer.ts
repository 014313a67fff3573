import { CasePriority, MentionIntent, SocialInfluenceBand } from '../../../common/graphql/enums';
import { IntentClassifier } from './intent-classifier';
import { intentByRules } from './intent-rules';
import { describeAuthor, influenceBand } from './influence';
import { NEGATIVE_BELOW, priorityOf } from './priority';
import { scoreSentiment } from './sentiment';

export interface ScoredMention {
  sentiment: number;
  intent: MentionIntent;
  band: SocialInfluenceBand;
  priority: CasePriority;
  /** Short sentences for people: why this score. */
  why: string[];
}

export interface MentionToScore {
  text: string;
  followers: number;
  verified: boolean;
}

const quoted = (words: string[]) => words.slice(0, 3).map((w) => `'${w}'`).join(', ');

/**
 * Scores one mention: sentiment (VADER, adjusted for service failures), intent (an agent's exact
 * correction, else the decisive rules, else the classifier), reach, and the priority all three give.
 */
export function scoreMention(m: MentionToScore, classifier: IntentClassifier): ScoredMention {
  const sentiment = scoreSentiment(m.text);
  const why: string[] = [];
  if (sentiment.value < NEGATIVE_BELOW) {
    why.push(sentiment.negativeWords.length > 0 ? `negative wording: ${quoted(sentiment.negativeWords)}` : 'negative tone');
  } else if (sentiment.value > 0.05) {
    why.push(sentiment.positiveWords.length > 0 ? `positive wording: ${quoted(sentiment.positiveWords)}` : 'positive tone');
  } else {
    why.push('neutral tone');
  }
  const predicted = classifier.predict(m.text);
  let intent: MentionIntent;
  if (predicted.remembered) {
    intent = predicted.intent;
    why.push(`${label(intent)}: an agent corrected this text before`);
  } else {
    const rule = intentByRules(m.text, sentiment);
    intent = rule?.intent ?? predicted.intent;
    why.push(rule ? `${label(intent)}: ${rule.why}` : `${label(intent)}: the classifier is ${Math.round(predicted.confidence * 100)}% sure`);
  }
  const band = influenceBand(m.followers, m.verified);
  why.push(`${describeAuthor(m.followers, m.verified)} (${band.toLowerCase()} reach)`);
  const priority = priorityOf(intent, sentiment.value, band);
  why.push(`priority ${priority.toLowerCase()}`);
  return { sentiment: sentiment.value, intent, band, priority, why };
}

function label(intent: MentionIntent): string {
  return { COMPLAINT: 'complaint', QUESTION: 'question', PRAISE: 'praise', OTHER: 'other' }[intent];
}
