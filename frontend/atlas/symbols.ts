// Small drawing rules of lines that the handout applies too (handout/Symbols.java).

/**
 * A line colour too light to stand out on the pale country fills (the power lines' yellow) is
 * drawn over a dark casing. Relative luminance (WCAG) of a #rrggbb colour above 0.6.
 */
export function needsCasing(color: string | null): boolean {
  if (!color || !/^#[0-9a-fA-F]{6}$/.test(color)) return false;
  const channel = (i: number) => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5) > 0.6;
}

export const CASING_COLOR = '#3a3a3a';
