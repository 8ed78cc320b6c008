// Milestones as a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html), so
// that readers can load our data into TimelineJS: one file per district, with its eras as era bands,
// and one for all districts, grouped by district (a group is a row band in TimelineJS).
//
// One event per district and date: TimelineJS places an event at its date and stacks events of one
// date in rows, as many as the timeline's height allows (four in a 650 px embed), so six milestones of
// "2015" would put two markers exactly under others. A date with several milestones is therefore one
// event, "2015: 6 milestones", whose slide tells each of them; a date with one is that milestone,
// with its id. Dates keep their precision: month and day are left out when the source lacks them, and
// an event the source dates only roughly ("1989/1990") has a start and an end year, its display date
// saying it is approximate. A national or city-wide record cited as context says so above its text.
// TimelineJS renders text as HTML, so `&`, `<` and `>` are escaped (and `"` in attributes), nothing else.
import { isApproximate, parseDate, yearSpan } from '../format/dates.ts';
import { fill } from '../format/fillTemplate.ts';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsText {
  headline: string;
  text?: string;
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: TimelineJsText;
  group?: string;
}

export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text: TimelineJsText;
}

export interface TimelineJsDocument {
  title: { unique_id: string; text: TimelineJsText };
  events: TimelineJsEvent[];
  eras?: TimelineJsEra[];
}

export interface ExportMilestone {
  id: string;
  district: string;
  date: string;
  era: string;
  title: string;
  summary: string;
  /** How the source reads, e.g. 《…》第3.1节. */
  source: string;
  /** Absolute URL of the milestone's page. */
  url: string;
  /** How the date reads in the file's language (for a span of years, with the source's wording). */
  displayDate: string;
  /** For a national or city-wide record cited as context: the label saying so. */
  context?: string;
  /** Row band in the combined file (the district's name); none in a district's own file. */
  group?: string;
}

export interface ExportEra {
  id: string;
  start: number;
  end: number | null;
  title: string;
}

export interface ExportInput {
  /** unique_id of the title slide: the district id, or "all-districts". */
  id: string;
  headline: string;
  /** Plain text under the title. */
  description: string;
  /** Absolute URL of the page the file describes, linked from the title slide. */
  url: string;
  milestones: readonly ExportMilestone[];
  /** Era bands; left out of the combined file, where the districts' eras would overlap. */
  eras?: readonly ExportEra[];
  /**
   * Labels before the source and the link, with their punctuation ("Source: ", "出处："), and the
   * headline of a date with several milestones ("{date}: {n} milestones").
   */
  labels: { source: string; permalink: string; together: string };
}

/** Text as HTML: only the characters HTML gives a meaning to are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The start of a date (a span's first year) in TimelineJS's terms, with how it reads. */
export function timelineJsDate(value: string, display?: string): TimelineJsDate {
  const { year, month, day } = parseDate(value);
  const out: TimelineJsDate = { year };
  if (month !== undefined) out.month = month;
  if (day !== undefined) out.day = day;
  if (display !== undefined) out.display_date = display;
  return out;
}

const link = (url: string, label: string) =>
  `<a href="${escapeHtml(url).replace(/"/g, '&quot;')}">${escapeHtml(label)}</a>`;

/**
 * The rule for eras that are still open (`end: null` in eras.json): TimelineJS needs an end, so the
 * band ends with the last year that has one of the era's milestones. It does not depend on the build
 * date, and it claims nothing the data does not show.
 */
export function eraEndYear(era: ExportEra, milestones: readonly ExportMilestone[]): number {
  if (era.end !== null) return era.end;
  return Math.max(era.start, ...milestones.filter((m) => m.era === era.id).map((m) => yearSpan(m.date)[1]));
}

/** The milestones of one district and date, in their order. */
function byDate(milestones: readonly ExportMilestone[]): ExportMilestone[][] {
  const groups = new Map<string, ExportMilestone[]>();
  for (const m of milestones) {
    const key = `${m.district} ${m.date}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()];
}

export function toTimelineJs(input: ExportInput): TimelineJsDocument {
  const story = (m: ExportMilestone) =>
    (m.context ? `<p><em>${escapeHtml(m.context)}</em></p>` : '') +
    `<p>${escapeHtml(m.summary)}</p>` +
    `<p>${escapeHtml(input.labels.source)}${escapeHtml(m.source)}</p>` +
    `<p>${escapeHtml(input.labels.permalink)}${link(m.url, m.url)}</p>`;
  const event = (same: ExportMilestone[]): TimelineJsEvent => {
    const [m] = same;
    const one = same.length === 1;
    return {
      unique_id: one ? m.id : `${m.district}-${m.date}-milestones`,
      start_date: timelineJsDate(m.date, m.displayDate),
      // A span of years ends with its last year (the whole year: TimelineJS reads a bare year as 1 January).
      ...(isApproximate(m.date) ? { end_date: { year: yearSpan(m.date)[1], month: 12, day: 31 } } : {}),
      text: {
        headline: escapeHtml(one ? m.title : fill(input.labels.together, { date: m.displayDate, n: same.length })),
        text: one ? story(m) : same.map((x) => `<h3>${escapeHtml(x.title)}</h3>${story(x)}`).join(''),
      },
      ...(m.group ? { group: escapeHtml(m.group) } : {}),
    };
  };
  return {
    title: {
      unique_id: input.id,
      text: {
        headline: escapeHtml(input.headline),
        text: `<p>${escapeHtml(input.description)}</p><p>${link(input.url, input.url)}</p>`,
      },
    },
    events: byDate(input.milestones).map(event),
    ...(input.eras
      ? {
          // A band covers whole years, from 1 January; with a year alone in both dates TimelineJS
          // would take a one-year era's end for its start and drop it.
          eras: input.eras.map((e) => ({
            start_date: { year: e.start, month: 1, day: 1 },
            end_date: { year: eraEndYear(e, input.milestones), month: 12, day: 31 },
            text: { headline: escapeHtml(e.title) },
          })),
        }
      : {}),
  };
}
