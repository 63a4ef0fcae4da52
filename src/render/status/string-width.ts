/**
 * Terminal display width, so columns line up around emoji (🦀 takes two cells, ↳ one).
 * A small approximation of Unicode's East Asian Width and emoji presentation rules, enough for
 * roadmap tables; it counts grapheme clusters, so ZWJ sequences and flags count once.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const PICTOGRAPH_WITH_VS16 = /\p{Extended_Pictographic}\uFE0F/u;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;
const ZERO_WIDTH = /^(?:\p{M}|\p{Cc}|\p{Cf})+$/u;
// ANSI escapes take no cells; strip them so coloured text measures like plain text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR escape starts with ESC.
export const ANSI = /\u001b\[[0-9;]*m/g;

/** Code points that East Asian Width calls Wide or Fullwidth (the main blocks). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function graphemeWidth(g: string): number {
  if (ZERO_WIDTH.test(g)) return 0;
  if (EMOJI_PRESENTATION.test(g) || PICTOGRAPH_WITH_VS16.test(g) || REGIONAL_INDICATOR.test(g))
    return 2;
  return isWide(g.codePointAt(0) ?? 0) ? 2 : 1;
}

/** Cells a string takes in a terminal. */
export function stringWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text.replace(ANSI, "")))
    width += graphemeWidth(segment);
  return width;
}

/** Pads with spaces on the right to a display width. */
export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}
