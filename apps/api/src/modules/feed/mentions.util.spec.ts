import { mentionedHandles } from './mentions.util';

describe('mentionedHandles', () => {
  it('finds people and teams by handle, once each, in order', () => {
    expect(mentionedHandles('@bo and @support-emea, can you look? cc @Bo')).toEqual(['bo', 'support-emea']);
  });

  it('ignores email addresses and trailing punctuation', () => {
    expect(mentionedHandles('mail ana@acme.com or ping (@ana.silva).')).toEqual(['ana.silva']);
  });

  it('finds nothing in plain text', () => {
    expect(mentionedHandles('Calling them now about the kickoff')).toEqual([]);
  });
});
