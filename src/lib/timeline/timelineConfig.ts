// Fixed geometry of the timeline, shared by the server render and the client.
export const TIMELINE = {
  /** The time axis runs from 1978 to the end of the current year ("today"). */
  bounds: [1978, new Date().getUTCFullYear() + 1] as [number, number],
  /** The plot spans these percentages of the SVG's width. */
  plotStart: 1.5,
  plotEnd: 98.5,
  /** Rows are packed for this width (a 375 px phone less page margins), so wider screens never overlap. */
  referenceWidth: 343,
  /** Half the height of a mark. */
  markHalf: 5.5,
  rows: { top: 58, laneHeader: 38, rowHeight: 14, lanePadding: 8, minGap: 9, minRows: 1 },
  /** From this many milestones on, the list view is rendered lazily as the reader scrolls. */
  longList: 500,
  /** Deepest zoom, in multiples of the full view. */
  maxZoom: 60,
};
