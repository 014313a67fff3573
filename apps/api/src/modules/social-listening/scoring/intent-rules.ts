import { MentionIntent } from '../../../common/graphql/enums';
import { SentimentScore, failurePhrases } from './sentiment';

export interface RuleVerdict {
  intent: MentionIntent;
  why: string;
}

const INTERROGATIVE = /^(how|what|when|where|why|who|which|can|could|does|do|is|are|will|would|should|any|anyone|has|have)\b/i;

export function isQuestion(text: string): boolean {
  const clean = text.replace(/@\w+|https?:\/\/\S+/g, '').trim();
  return clean.includes('?') || clean.split(/[.!\n]/).some((s) => INTERROGATIVE.test(s.trim()));
}

const quoted = (words: string[]) => words.slice(0, 3).map((w) => `'${w}'`).join(', ');

/**
 * The patterns that decide on their own; anything else goes to the classifier. A frustrated
 * question that reports a failure is a complaint: it needs a fix, not only an answer.
 */
export function intentByRules(text: string, sentiment: SentimentScore): RuleVerdict | null {
  const failures = failurePhrases(text);
  const question = isQuestion(text);
  if (failures.length > 0 && sentiment.value < 0) {
    return {
      intent: MentionIntent.COMPLAINT,
      why: question ? `a frustrated question reporting a failure: ${quoted(failures)}` : `reports a failure: ${quoted(failures)}`,
    };
  }
  if (question && sentiment.value <= -0.5) return { intent: MentionIntent.COMPLAINT, why: 'an angry question' };
  if (question && failures.length === 0) return { intent: MentionIntent.QUESTION, why: 'asks a question' };
  if (!question && failures.length === 0 && sentiment.value >= 0.5) return { intent: MentionIntent.PRAISE, why: 'clearly positive, asks for nothing' };
  return null;
}
