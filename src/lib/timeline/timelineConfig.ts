// Fixed geometry of the timeline, shared by the server render and the client.
export const TIMELINE = {
  /** The time axis runs from 1978 to the end of the current year ("today"). */
  bounds: [1978, new Date().getUTCFullYear() + 1] as [number, number],
  /** The plot spans these percentages of the SVG's width. */
  plotStart: 1.5,
  plotEnd: 98.5,
  /** Rows are packed for this width (a 375 px phone less page margins), so wider screens never overlap. */
  referenceWidth: 343,
  /** The width the server cuts era titles for (a desktop); the browser fits them to the real one. */
  serverWidth: 1000,
  /** A printed page's width, px: the chart is laid out for it before printing. */
  printWidth: 680,
  /** Half the height of a mark. */
  markHalf: 6,
  rows: { top: 58, laneHeader: 38, rowHeight: 16, lanePadding: 8, minGap: 9, minRows: 1 },
  /** Text beside the marks and in the bands. */
  label: { fontSize: 12, inset: 4, minChars: 2 },
  /** Headlines: from the mark to the text, space kept after it, least and most room, px; a lane with
   * more marks in view than one per `crowd` px writes only its important headlines. */
  headline: { gap: 5, pad: 8, min: 52, max: 460, crowd: 6 },
  /** Bold Latin text is about this much wider than regular. */
  bold: 1.1,
  /** From this many milestones on, the list view is rendered lazily as the reader scrolls. */
  longList: 500,
  /** The fewest years a zoomed view shows. */
  minSpan: 3,
};
