import { resolveTheme } from 'src/modules/shell/utils/theme';

describe('theme choice', () => {
  it('follows the system unless the person picked a theme', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
