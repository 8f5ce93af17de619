// The few line icons the app needs, drawn inline (no icon font, nothing fetched). Decorative only.

const paths = {
  today: 'M4 6h16M4 6v14h16V6M8 3v5m8-5v5M8 13h3v3H8z',
  progress: 'M4 20V10m6 10V4m6 16v-7m4 7H2',
  learn: 'M3 5h7a2 2 0 0 1 2 2v13a2 2 0 0 0-2-2H3zm18 0h-7a2 2 0 0 0-2 2v13a2 2 0 0 1 2-2h7z',
  settings: 'M4 7h10m4 0h2M4 17h2m4 0h10M14 5v4m-4 6v4',
  logo: 'M4 19h4v-4h4v-4h4V7h4',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[name]} />
    </svg>
  );
}
