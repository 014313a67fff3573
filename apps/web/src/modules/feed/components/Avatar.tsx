interface AvatarProps {
  id: string;
  name: string;
}

const HUES = [210, 160, 260, 20, 330, 190, 45, 290];

function hueFor(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return HUES[Math.abs(hash) % HUES.length] ?? 210;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => word?.charAt(0).toUpperCase() ?? '').join('') || '?';
}

// 34% lightness keeps white initials above 4.5:1 contrast for every hue.
export function Avatar({ id, name }: AvatarProps) {
  return (
    <span className="avatar" aria-hidden="true" style={{ backgroundColor: `hsl(${hueFor(id)} 50% 34%)` }}>
      {initials(name)}
    </span>
  );
}
