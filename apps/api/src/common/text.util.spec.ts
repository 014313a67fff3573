import { cleanText } from './text.util';

describe('cleanText', () => {
  it('keeps what people typed, newlines included', () => {
    expect(cleanText('  Calling them now\nabout the kickoff  ')).toBe('Calling them now\nabout the kickoff');
  });

  it('drops control characters and bidi overrides that could spoof a name', () => {
    expect(cleanText('Bo\u202Emoc.evil\u0007')).toBe('Bomoc.evil');
  });

  it('normalises to NFC so the same word is stored the same way', () => {
    expect(cleanText('Cafe\u0301')).toBe('Caf\u00e9');
  });
});
