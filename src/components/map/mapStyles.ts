// How the maps draw each thing, shared by the legend (server) and the map (browser) so both always
// match. Every colour keeps 3:1 against the white district fill; patterns and labels carry the same
// meaning, so colour is never the only cue. District colours come from content/districts.yaml.

export interface AreaStyle {
  stroke: string;
  weight: number;
  dash?: string;
  /** A colour, or url(#id) of a pattern from MapDefs.astro. */
  fill: string;
  fillOpacity: number;
}

export interface LineStyle {
  stroke: string;
  weight: number;
  dash?: string;
}

export const BASE = {
  /** Districts with no content of their own. */
  district: { stroke: '#8a8780', weight: 1, fill: '#ffffff', fillOpacity: 1 } satisfies AreaStyle,
  /** The district a district page is about: its colour, as on the timeline's bands. */
  focusOpacity: 0.13,
  focusWeight: 2.5,
};

export const ZONES = {
  core: { stroke: '#7a4a12', weight: 3, fill: '#7a4a12', fillOpacity: 0.16 },
  central: { stroke: '#3d5a66', weight: 2, dash: '7 5', fill: '#3d5a66', fillOpacity: 0.07 },
  subcentre: { stroke: '#9a5400', weight: 2.5, fill: 'url(#map-pattern-subcentre)', fillOpacity: 1 },
  eco: { stroke: '#4b6a1f', weight: 2, fill: 'url(#map-pattern-eco)', fillOpacity: 1 },
  ecoPartly: { stroke: '#4b6a1f', weight: 1.5, dash: '3 4', fill: 'url(#map-pattern-eco-partly)', fillOpacity: 1 },
} satisfies Record<string, AreaStyle>;

/** The zones bottom to top: the small core over the central city, the sub-centre over the plain. */
export const ZONE_ORDER = ['central', 'eco', 'subcentre', 'core'] as const;

export const LINES = {
  axis: { stroke: '#1d1d1f', weight: 4 },
  axisExtension: { stroke: '#1d1d1f', weight: 3, dash: '8 6' },
  changan: { stroke: '#1d1d1f', weight: 4, dash: '16 4 2 4' },
  innerCity: { stroke: '#6b6862', weight: 1.5, dash: '2 4' },
  before2010: { stroke: '#1d1d1f', weight: 2.5, dash: '9 5' },
} satisfies Record<string, LineStyle>;

/** How each line of content/map/ is drawn. */
export const LINE_STYLE: Record<string, keyof typeof LINES> = {
  axis: 'axis',
  'axis-north': 'axisExtension',
  'axis-south': 'axisExtension',
  changan: 'changan',
  'inner-city': 'innerCity',
};

export const TOWN = { stroke: '#1d1d1f', weight: 2.5, fill: '#ffffff', radius: 7 };

/** Chongwen and Xuanwu, shown with the boundaries before 2010: a hatch over today's districts. */
export const BEFORE_2010 = {
  stroke: '#1d1d1f',
  weight: 0,
  fill: 'url(#map-pattern-before2010)',
  fillOpacity: 1,
} satisfies AreaStyle;

/** The thin line from a marker moved aside to its place's true position, and the dot there. */
export const LEADER = { stroke: '#55585e', weight: 1.5, dot: 2.5 };

export const PLACE = { radius: 8, stroke: '#ffffff', weight: 2 };
export const CLUSTER = { radius: 13, stroke: '#1d1d1f', weight: 2.5, fill: '#ffffff' };

/** Marker spacing in px: 24 px targets plus a little air. */
export const SPACING = 26;
/** Beyond this spread a crowd of markers becomes one numbered cluster. */
export const MAX_SPREAD = 62;
