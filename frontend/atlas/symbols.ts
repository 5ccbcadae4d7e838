// Marker shapes for presence kinds and line dashes for corridor statuses. Shape carries the
// kind and colour the operator, so neither depends on colour vision alone.

const SHAPES: Record<string, string> = {
  'army-base': '<rect x="3" y="3" width="14" height="14"/>',
  'air-base': '<polygon points="10,2 18,17 2,17"/>',
  'naval-facility': '<circle cx="10" cy="10" r="7.5"/>',
  radar: '<polygon points="10,1.5 18.5,10 10,18.5 1.5,10"/>',
  'space-facility': '<polygon points="10,1.5 12.4,7.6 18.5,7.8 13.7,11.8 15.4,18 10,14.4 4.6,18 6.3,11.8 1.5,7.8 7.6,7.6"/>',
  deployment: '<polygon points="10,2 18,8 15,18 5,18 2,8"/>',
  peacekeeping: '<polygon points="5.5,2.5 14.5,2.5 19,10 14.5,17.5 5.5,17.5 1,10"/>',
  'monitoring-mission': '<circle cx="10" cy="10" r="7.5" stroke-dasharray="3 2"/>',
  occupation: '<polygon points="3,6 6,3 10,7 14,3 17,6 13,10 17,14 14,17 10,13 6,17 3,14 7,10"/>',
};

export const KIND_LABELS: Record<string, string> = {
  'army-base': 'Army base',
  'air-base': 'Air base',
  'naval-facility': 'Naval facility',
  radar: 'Radar',
  'space-facility': 'Space facility',
  deployment: 'Deployment',
  peacekeeping: 'Peacekeeping',
  'monitoring-mission': 'Monitoring mission',
  occupation: 'Occupation',
};

export function shapeSvg(kind: string, color: string, hollow: boolean, size = 20): string {
  const shape = SHAPES[kind] ?? SHAPES['naval-facility'];
  const fill = hollow ? 'white' : color;
  const stroke = hollow ? color : '#1a1a1a';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="${size}" height="${size}" aria-hidden="true">`
    + `<g fill="${fill}" fill-opacity="${hollow ? 0.85 : 1}" stroke="${stroke}" stroke-width="${hollow ? 2 : 1.2}">${shape}</g></svg>`;
}

export function dashFor(status: string): string | undefined {
  if (status === 'proposed' || status === 'under-construction') return '8 6';
  if (status === 'disrupted' || status === 'halted') return '2 6';
  return undefined;
}

/**
 * A line colour too light to stand out on the pale country fills (the power lines' yellow) is
 * drawn over a dark casing. Relative luminance (WCAG) of a #rrggbb colour above 0.6.
 */
export function needsCasing(color: string): boolean {
  const channel = (i: number) => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) return false;
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5) > 0.6;
}

export const CASING_COLOR = '#3a3a3a';
