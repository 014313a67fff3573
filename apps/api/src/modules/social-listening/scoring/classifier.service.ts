import { Injectable, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { MentionIntent } from '../../../common/graphql/enums';
import { newId } from '../../../common/ids';
import { IntentClassifier } from './intent-classifier';
import { decideIntent } from './mention-scorer';
import { TRAINING_SEED, TrainingExample } from './training-seed';

export interface ClassifierAccuracy {
  /** Corrections kept out of training to measure the classifier. */
  heldOut: number;
  /** How many of them the classifier now reads as the agent did. */
  correct: number;
  /** correct / heldOut, or null before any held-out correction. */
  accuracy: number | null;
  /** Examples it learned from: the shipped seed plus the training corrections. */
  trainingExamples: number;
}

/** Every fifth correction (by a hash of the mention id, so stable) measures instead of teaching. */
export function isHeldOut(mentionId: string): boolean {
  return createHash('sha256').update(mentionId).digest()[0] % 5 === 0;
}

/**
 * The intent classifier of this process, trained on the shipped seed plus the agents' corrections
 * (table social_training_examples). A version row changes with every correction; `current()` reads
 * it (one small statement) and rebuilds when this process's copy is older, so every API process
 * learns a correction on its next use.
 */
@Injectable()
export class ClassifierService implements OnModuleInit {
  private classifier: IntentClassifier | null = null;
  private version = -1;
  private examples = TRAINING_SEED.length;

  constructor(private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.current();
  }

  async current(tx?: EntityManager): Promise<IntentClassifier> {
    const m = tx ?? this.db.manager;
    const [{ version }]: Array<{ version: string }> = await m.query('SELECT version FROM social_classifier_version WHERE id = 1');
    if (!this.classifier || Number(version) !== this.version) {
      const corrections: TrainingExample[] = await m.query(
        'SELECT text, intent FROM social_training_examples WHERE NOT held_out ORDER BY created_at, id',
      );
      this.classifier = new IntentClassifier(TRAINING_SEED, corrections);
      this.examples = TRAINING_SEED.length + corrections.length;
      this.version = Number(version);
    }
    return this.classifier;
  }

  /** An agent said what a mention's intent is: stored (replacing an earlier correction), and every process retrains. */
  async addCorrection(
    tx: EntityManager,
    c: { mentionId: string; text: string; intent: MentionIntent; predicted: MentionIntent; employeeId: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO social_training_examples (id, mention_id, text, intent, predicted_intent, held_out, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (mention_id) WHERE mention_id IS NOT NULL
       DO UPDATE SET intent = EXCLUDED.intent, created_by = EXCLUDED.created_by, created_at = clock_timestamp()`,
      [newId(), c.mentionId, c.text, c.intent, c.predicted, isHeldOut(c.mentionId), c.employeeId],
    );
    await tx.query('UPDATE social_classifier_version SET version = version + 1 WHERE id = 1');
  }

  /** How well the current classifier reads the held-out corrections (for insights). */
  async classifierAccuracy(): Promise<ClassifierAccuracy> {
    const classifier = await this.current();
    const heldOut: TrainingExample[] = await this.db.query('SELECT text, intent FROM social_training_examples WHERE held_out');
    const correct = heldOut.filter((e) => decideIntent(e.text, classifier).intent === e.intent).length;
    return {
      heldOut: heldOut.length,
      correct,
      accuracy: heldOut.length > 0 ? Math.round((correct / heldOut.length) * 1000) / 1000 : null,
      trainingExamples: this.examples,
    };
  }
}
