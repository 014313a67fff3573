import type { CSSProperties } from 'react';

// Chart colours come from the theme tokens in styles.css, so the dark theme needs no second palette.
export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };

export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 6,
  color: 'var(--text)',
  fontSize: 13,
};
