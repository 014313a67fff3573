import { CasePriority, MentionIntent, SocialInfluenceBand } from '../../../common/graphql/enums';
import { IntentClassifier } from './intent-classifier';
import { intentByRules } from './intent-rules';
import { describeAuthor, influenceBand } from '../../integrations';
import { NEGATIVE_BELOW, priorityOf } from './priority';
import { SentimentScore, scoreSentiment } from './sentiment';

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
  const { intent, reason } = decideIntent(m.text, classifier, sentiment);
  why.push(`${label(intent)}: ${reason}`);
  const band = influenceBand(m.followers, m.verified);
  why.push(`${describeAuthor(m.followers, m.verified)} (${band.toLowerCase()} reach)`);
  const priority = priorityOf(intent, sentiment.value, band);
  why.push(`priority ${priority.toLowerCase()}`);
  return { sentiment: sentiment.value, intent, band, priority, why };
}

/** An agent's exact correction, else the decisive rules, else the classifier. */
export function decideIntent(text: string, classifier: IntentClassifier, sentiment: SentimentScore = scoreSentiment(text)): { intent: MentionIntent; reason: string } {
  const predicted = classifier.predict(text);
  if (predicted.remembered) return { intent: predicted.intent, reason: 'an agent corrected this text before' };
  const rule = intentByRules(text, sentiment);
  if (rule) return { intent: rule.intent, reason: rule.why };
  return { intent: predicted.intent, reason: `the classifier is ${Math.round(predicted.confidence * 100)}% sure` };
}

function label(intent: MentionIntent): string {
  return { COMPLAINT: 'complaint', QUESTION: 'question', PRAISE: 'praise', OTHER: 'other' }[intent];
}
