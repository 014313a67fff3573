import { readFileSync } from 'node:fs';
import { SentimentIntensityAnalyzer } from 'vader-sentiment';

export interface SentimentScore {
  /** -1 (negative) to 1 (positive). */
  value: number;
  /** The words that pulled it down or up, as found, for the explanation. */
  negativeWords: string[];
  positiveWords: string[];
}

/**
 * Service failures that general-purpose lexicons read as neutral ("still waiting", "charged
 * twice"); each one found pulls the score down by FAILURE_WEIGHT. VADER scores the rest.
 */
export const FAILURE_PHRASES: readonly string[] = [
  'still waiting', 'not working', "doesn't work", 'does not work', "isn't working", "won't load", 'wont load', "can't log in",
  'cannot log in', "can't login", 'no response', 'no reply', 'never arrived', 'never received', 'charged twice', 'double charged',
  'crash', 'crashes', 'crashed', 'crashing', 'outage', 'down again', 'is down', 'keeps failing', 'failed', 'fails', 'error',
  'refund', 'broken', 'lost my', 'missing', 'stuck', 'overcharged', 'cancel my', 'unacceptable', 'days late', 'hours on hold',
  'on hold', 'spins forever', 'never replied', 'without fixing', 'nobody answers', 'no one answers', 'timed out', 'times out', 'not delivered', 'wrong item', 'deleted my',
];
const FAILURE_WEIGHT = 0.3;

/**
 * Words VADER reads as feelings that, in posts to a vendor, name things: "support team", "security
 * keys", "any chance", "please refund". They are left out before scoring, as are handles and links.
 */
const SERVICE_WORDS = /\b(support|supports|supported|help|please|security|chance|share|sharing)\b/gi;

/**
 * The text VADER scores: no handles (@acme_help), no links, no service words, and lowercase (the
 * JavaScript port looks words up as written, so "Terrible" would count for nothing).
 */
export function textForSentiment(text: string): string {
  return text.toLowerCase().replace(/https?:\/\/\S+/g, ' ').replace(/@\w+/g, ' ').replace(SERVICE_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

let lexicon: Map<string, number> | null = null;

/** VADER's own word list, read once from the package, to name the words behind a score. */
function vaderLexicon(): Map<string, number> {
  if (!lexicon) {
    const text = readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8');
    lexicon = new Map(
      text.split('\n').flatMap((line) => {
        const [word, mean] = line.split('\t');
        return word && mean ? [[word, Number(mean)] as [string, number]] : [];
      }),
    );
  }
  return lexicon;
}

const FAILURE_PATTERNS = FAILURE_PHRASES.map((p) => ({ phrase: p, pattern: new RegExp(`(^|[^a-z])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z]|$)`) }));

export function failurePhrases(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/[’]/g, "'")} `;
  return FAILURE_PATTERNS.filter(({ pattern }) => pattern.test(lower)).map(({ phrase }) => phrase);
}

/**
 * VADER's compound score (tuned for social text), sentence by sentence as its authors advise for
 * longer texts (a "without" in one sentence must not flip the next), averaged over the sentences
 * that carry any feeling; then pulled down by service-failure phrases.
 */
export function scoreSentiment(text: string): SentimentScore {
  const sentences = textForSentiment(text).split(/(?<=[.!?;])\s+|\n+/).filter((s) => s.trim() !== '');
  const felt = sentences.map((s) => SentimentIntensityAnalyzer.polarity_scores(s).compound).filter((c) => c !== 0);
  const compound = felt.length > 0 ? felt.reduce((sum, c) => sum + c, 0) / felt.length : 0;
  const failures = failurePhrases(text);
  const value = Math.max(-1, Math.min(1, compound - Math.min(2, failures.length) * FAILURE_WEIGHT));
  const words = textForSentiment(text).toLowerCase().match(/[a-z']+|[:;][-']?[()dp]/g) ?? [];
  const lex = vaderLexicon();
  const negativeWords = new Set<string>(failures);
  const positiveWords = new Set<string>();
  for (const word of words) {
    const mean = lex.get(word);
    if (mean === undefined) continue;
    if (mean <= -1) negativeWords.add(word);
    else if (mean >= 1) positiveWords.add(word);
  }
  return { value: Math.round(value * 1000) / 1000, negativeWords: [...negativeWords].slice(0, 4), positiveWords: [...positiveWords].slice(0, 4) };
}
