export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const KEY = 'tidings.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function savedThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // storage blocked: follow the system
  }
}

export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** Puts the theme on <html data-theme>, where the stylesheet's tokens pick it up. */
export function applyTheme(choice: ThemeChoice): Theme {
  const theme = resolveTheme(choice, window.matchMedia(DARK_QUERY).matches);
  document.documentElement.dataset.theme = theme;
  return theme;
}

/** Re-applies the theme when the system switches, while the choice is "system". */
export function followSystemTheme(choice: () => ThemeChoice): () => void {
  const media = window.matchMedia(DARK_QUERY);
  const onChange = () => {
    if (choice() === 'system') applyTheme('system');
  };
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}
