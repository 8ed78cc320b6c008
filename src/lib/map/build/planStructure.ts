// The plan structure read from content/ at build time, for scripts/prepare-boundaries.ts and the tests
// (pages read the same records through the content collection).
import { readContentOnce } from '../../content/build/contentOnce.ts';
import { ContentError } from '../../content/contentIssues.ts';
import { planStructure } from '../planStructure.ts';

function load() {
  const { dataset, issues } = readContentOnce(process.env.CONTENT_DIR ?? 'content');
  if (issues.length > 0) throw new ContentError(issues);
  return planStructure(dataset.mapFeatures.map((e) => e.data));
}

export const PLAN = load();
export const PLAN_LAYERS = PLAN.layers;
export const PLAN_LINES = PLAN.lines;
export const NEW_TOWNS = PLAN.towns;
export const SOUTH_WALL = PLAN.wall.points;
export const WALL_LINE = PLAN.wall.line;
export const PRE_2010_DISTRICTS = PLAN.before2010;
