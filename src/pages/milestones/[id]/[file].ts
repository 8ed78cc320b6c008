// /milestones/<id>/citation.ris, .bib and .json: the milestone for reference managers.
import type { APIRoute } from 'astro';
import { citationFile, citationFilePaths } from '../../../data/citations.ts';
import type { CitationFile } from '../../../lib/cite/citationFiles.ts';
import type { Milestone } from '../../../data/content.ts';

export const getStaticPaths = citationFilePaths;
export const GET: APIRoute = ({ params, props }) =>
  citationFile((props as { milestone: Milestone }).milestone, params.file as CitationFile, 'zh');
