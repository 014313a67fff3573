// What other modules may use of integrations besides its module, services and types: how reach is
// read from a social author's followers and verification (bands, the 0..1 score, the sentence).
export { BAND_FLOORS, describeAuthor, influenceBand, influenceScore } from './social/author-influence';
