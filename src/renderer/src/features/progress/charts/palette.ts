// Chart colours: distinct for the common kinds of colour blindness and dark enough on white (3:1 or better).
export const SERIES_COLORS = ['#0f5fa8', '#c2410c', '#1e6b3a', '#7e3fa0', '#0e7490', '#a16207', '#4f596a'] as const

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? '#0f5fa8'
}

export const GRID_COLOR = '#e3e7ed'
export const AXIS_COLOR = '#4f596a'
