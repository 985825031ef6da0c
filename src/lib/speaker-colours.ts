/**
 * One colour per speaker, the same on every page: the person id is hashed into a fixed palette.
 * Each entry carries a tint for the speaker's paragraphs and an ink for their name label, for light
 * and dark. The values are checked for WCAG AA (4.5:1) against the app's text and background tokens
 * in tests/dom/releases/release-text.test.ts ("speaker colours"), so a new entry cannot slip below it.
 */
export interface SpeakerColour {
  /** A short name for the hue, for debugging and tests. */
  name: string;
  light: { tint: string; ink: string };
  dark: { tint: string; ink: string };
}

export const SPEAKER_PALETTE: readonly SpeakerColour[] = [
  { name: "blue", light: { tint: "#e3eefc", ink: "#1d4f91" }, dark: { tint: "#1c2d45", ink: "#9cc3f5" } },
  { name: "orange", light: { tint: "#fdebd9", ink: "#8a4100" }, dark: { tint: "#3d2a17", ink: "#f5b97f" } },
  { name: "green", light: { tint: "#e2f3e4", ink: "#1f6130" }, dark: { tint: "#1d3824", ink: "#92d6a0" } },
  { name: "purple", light: { tint: "#efe6fa", ink: "#5b2d91" }, dark: { tint: "#33254a", ink: "#c9a8f0" } },
  { name: "red", light: { tint: "#fbe4e6", ink: "#a11d2e" }, dark: { tint: "#452026", ink: "#f4a3ad" } },
  { name: "teal", light: { tint: "#dcf2f1", ink: "#0f5f5c" }, dark: { tint: "#143a38", ink: "#86d6d0" } },
  { name: "olive", light: { tint: "#f6f0cf", ink: "#6b5a00" }, dark: { tint: "#39341a", ink: "#e0cf78" } },
  { name: "magenta", light: { tint: "#fae3f1", ink: "#8f1f66" }, dark: { tint: "#43203a", ink: "#f0a4d3" } },
];

/**
 * FNV-1a then murmur3's finaliser: stable across engines and builds. The finaliser matters, since
 * FNV's low bits (all a small palette looks at) barely depend on the high bits of the input.
 */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function speakerColourIndex(personId: string): number {
  return fnv1a(personId) % SPEAKER_PALETTE.length;
}

export function speakerColour(personId: string): SpeakerColour {
  return SPEAKER_PALETTE[speakerColourIndex(personId)]!;
}

/**
 * The custom properties a speaker's elements carry. Set through React's style prop (CSSOM), which a
 * strict `style-src 'self'` allows; the stylesheet picks the light or dark pair by media query.
 */
export function speakerColourVars(personId: string): Record<`--${string}`, string> {
  const c = speakerColour(personId);
  return {
    "--speaker-tint-light": c.light.tint,
    "--speaker-ink-light": c.light.ink,
    "--speaker-tint-dark": c.dark.tint,
    "--speaker-ink-dark": c.dark.ink,
  };
}

/** WCAG 2 contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
