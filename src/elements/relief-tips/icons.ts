import type { TipId } from '../../content/index.js';

/**
 * One small line drawing per tip, as the `d` of a 24×24 SVG path stroked in the brand colour.
 * Decorative only: the tip's title says what the card is about.
 */
export const icons: Record<TipId, string> = {
  // A dumbbell: strengthening exercise.
  'rehab-exercises': 'M6 7v10M18 7v10M3 10v4M21 10v4M6 12h12',
  // Arrows pulling apart: a stretch.
  stretch: 'M3 12h18M7 8l-4 4 4 4M17 8l4 4-4 4',
  // A snowflake: ice.
  rice: 'M12 3v18M4.2 7.5l15.6 9M4.2 16.5l15.6-9',
  // A fine needle.
  acupuncture: 'M5 19L17 7M15 5l4 4M19 3l2 2',
  // A bathroom scale.
  weight: 'M7 4h10a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3H7a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3zM9 9a3 3 0 0 1 6 0z',
  // A walking cane.
  'supportive-aids': 'M10 21V8a4 4 0 0 1 8 0',
};
