import { dueLabel, formatMinutes, formatShare, influenceLabel, sentimentLabel, shortDay } from 'src/modules/social/utils/social-format';

describe('social figures as people read them', () => {
  it('writes shares as whole percents and missing ones as a dash', () => {
    expect(formatShare(0.834)).toBe('83%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(null)).toBe('—');
  });

  it('writes working minutes in minutes, hours and days', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(200)).toBe('3 h 20 min');
    expect(formatMinutes(240)).toBe('4 h');
    expect(formatMinutes(52 * 60)).toBe('2 d 4 h');
  });

  it('names the sentiment sign with the VADER thresholds', () => {
    expect(sentimentLabel(-0.62)).toBe('Negative (-0.62)');
    expect(sentimentLabel(0.02)).toBe('Neutral (0.02)');
    expect(sentimentLabel(0.5)).toBe('Positive (0.50)');
  });

  it('names the influence band and says when an author is verified', () => {
    expect(influenceLabel('TOP', true)).toBe('Top influence, verified');
    expect(influenceLabel('LOW', false)).toBe('Low influence');
  });

  it('says how long until a due time, or how late it is', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(dueLabel('2026-12-01T14:00:00Z', now)).toBe('due in 4 h');
    expect(dueLabel('2026-12-01T09:40:00Z', now)).toBe('overdue by 20 min');
    expect(shortDay('2026-12-01')).toBe('Dec 1');
  });
});
