// What other modules may use of social listening besides its module, services and types: the pure
// intent decision and the seed examples, which insights uses to score the classifier on held-out corrections.
export { decideIntent } from './scoring/mention-scorer';
export { TRAINING_SEED } from './scoring/training-seed';
