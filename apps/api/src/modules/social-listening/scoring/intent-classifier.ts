import winkNaiveBayes from 'wink-naive-bayes-text-classifier';
import nlp from 'wink-nlp-utils';
import { MentionIntent } from '../../../common/graphql/enums';
import { TrainingExample } from './training-seed';

export interface Prediction {
  intent: MentionIntent;
  /** The winning class's probability, 0 to 1. */
  confidence: number;
}

const INTENTS = new Set<string>(Object.values(MentionIntent));

/** Case, spacing, handles and links do not change what a text asks for. */
export function normalizeForTraining(text: string): string {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A naive Bayes text classifier (wink) over stemmed words without stop words. Exact texts an agent
 * corrected are remembered as corrected: the classifier generalises, the memory makes sure the
 * same post is never misread twice.
 */
export class IntentClassifier {
  private readonly model = winkNaiveBayes();
  private readonly remembered = new Map<string, MentionIntent>();

  constructor(examples: readonly TrainingExample[], corrections: readonly TrainingExample[] = []) {
    this.model.definePrepTasks([nlp.string.lowerCase, nlp.string.removeExtraSpaces, nlp.string.tokenize0, nlp.tokens.removeWords, nlp.tokens.stem]);
    this.model.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
    for (const e of [...examples, ...corrections]) this.model.learn(normalizeForTraining(e.text) || e.text, e.intent);
    for (const c of corrections) this.remembered.set(normalizeForTraining(c.text), c.intent);
    this.model.consolidate();
  }

  /** An exact correction if there is one, else the classifier's best class. */
  predict(text: string): Prediction & { remembered: boolean } {
    const key = normalizeForTraining(text);
    const known = this.remembered.get(key);
    if (known) return { intent: known, confidence: 1, remembered: true };
    // Log odds of each class against the rest; 'unknown' when no word was ever seen.
    const [label, logOdds] = this.model.computeOdds(key || text)[0] ?? ['unknown', 0];
    if (!INTENTS.has(label)) return { intent: MentionIntent.OTHER, confidence: 0, remembered: false };
    return { intent: label as MentionIntent, confidence: Math.round(100 / (1 + Math.exp(-logOdds))) / 100, remembered: false };
  }
}
