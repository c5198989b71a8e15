import type { TipId } from '../../content/index.js';

/**
 * One small line drawing per tip, as the `d` of a 24×24 SVG path stroked in the brand colour.
 * Decorative only: the tip's title says what the card is about. Kept to a few strokes each, since
 * every byte ships to every visitor.
 */
export const icons: Record<TipId, string> = {
  // A dumbbell: strengthening exercise.
  'rehab-exercises': 'M4 12h16M7 7v10M17 7v10',
  // Arrows pulling apart: a stretch.
  stretch: 'M3 12h18M7 8l-4 4 4 4M17 8l4 4-4 4',
  // A snowflake: ice.
  rice: 'M12 3v18M4 8l16 8M4 16l16-8',
  // A needle.
  acupuncture: 'M5 19L19 5M14 5h5v5',
  // A scale.
  weight: 'M4 6h16v14H4zM9 11h6',
  // A walking cane.
  'supportive-aids': 'M10 21V8a4 4 0 0 1 8 0',
};
