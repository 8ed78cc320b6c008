// A district's milestones and eras as a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html),
// so that readers can load our data into TimelineJS. Dates keep their precision: month and day are
// left out when the source does not give them. TimelineJS renders headline and text as HTML, so all
// our text is escaped.
import { parseDate } from '../format/dates.ts';

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
  text: TimelineJsText;
  group?: string;
}

export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text: TimelineJsText;
}

export interface TimelineJsDocument {
  title: { text: TimelineJsText };
  events: TimelineJsEvent[];
  eras: TimelineJsEra[];
}

export interface ExportMilestone {
  id: string;
  date: string;
  era: string;
  title: string;
  summary: string;
  /** How the source reads, e.g. 《…》第3.1节. */
  source: string;
  /** Absolute URL of the milestone's page. */
  url: string;
  /** How the date reads in the file's language. */
  displayDate: string;
}

export interface ExportEra {
  id: string;
  start: number;
  end: number | null;
  title: string;
}

export interface ExportInput {
  headline: string;
  /** Plain text under the title. */
  description: string;
  /** Absolute URL of the district's page, linked from the title slide. */
  url: string;
  milestones: readonly ExportMilestone[];
  eras: readonly ExportEra[];
  /** The year that ends an ongoing era (the build year). */
  currentYear: number;
  /** Labels before the source and the link, with their punctuation, e.g. "Source: " or "出处：". */
  labels: { source: string; permalink: string };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function timelineJsDate(value: string, display?: string): TimelineJsDate {
  const { year, month, day } = parseDate(value);
  const out: TimelineJsDate = { year };
  if (month !== undefined) out.month = month;
  if (day !== undefined) out.day = day;
  if (display !== undefined) out.display_date = display;
  return out;
}

const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

export function toTimelineJs(input: ExportInput): TimelineJsDocument {
  const eraTitle = new Map(input.eras.map((e) => [e.id, e.title]));
  return {
    title: {
      text: {
        headline: escapeHtml(input.headline),
        text: `<p>${escapeHtml(input.description)}</p><p>${link(input.url, input.url)}</p>`,
      },
    },
    events: input.milestones.map((m) => ({
      unique_id: m.id,
      start_date: timelineJsDate(m.date, m.displayDate),
      text: {
        headline: escapeHtml(m.title),
        text:
          `<p>${escapeHtml(m.summary)}</p>` +
          `<p>${escapeHtml(input.labels.source)}${escapeHtml(m.source)}</p>` +
          `<p>${escapeHtml(input.labels.permalink)}${link(m.url, m.url)}</p>`,
      },
      ...(eraTitle.has(m.era) ? { group: escapeHtml(eraTitle.get(m.era)!) } : {}),
    })),
    eras: input.eras.map((e) => ({
      start_date: { year: e.start },
      end_date: { year: e.end ?? input.currentYear, month: 12, day: 31 },
      text: { headline: escapeHtml(e.title) },
    })),
  };
}
