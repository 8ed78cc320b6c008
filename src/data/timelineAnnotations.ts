// Moments that line up across lanes on the comparative timeline. Each names the milestones it stands
// for; the build fails if one of them is missing, so a line is drawn only where the content says so.
export interface Annotation {
  id: string;
  year: number;
  label: { zh: string; en: string };
  /** The same moment as a row heading in the compare view, without the year. */
  row: { zh: string; en: string };
  milestones: string[];
}

export const annotations: Annotation[] = [
  {
    id: 'social-work-committees',
    year: 2008,
    label: { zh: '2008 三区成立社工委', en: '2008 Social Work Committees founded' },
    row: { zh: '成立区委社工委', en: 'District Social Work Committee founded' },
    milestones: [
      'dongcheng-2008-social-work-committee',
      'xicheng-2008-social-work-committee',
      'haidian-2008-social-work-committee',
    ],
  },
  {
    id: 'mergers',
    year: 2010,
    label: { zh: '2010 与崇文、宣武合并', en: '2010 mergers with Chongwen, Xuanwu' },
    row: { zh: '与崇文区、宣武区合并', en: 'Merger with Chongwen or Xuanwu' },
    milestones: ['dongcheng-2010-merger-with-chongwen', 'xicheng-2010-merger-with-xuanwu'],
  },
];

/**
 * The annotations that apply to this content. One whose milestones are only partly there fails the
 * build, so that renaming a milestone is noticed; one with none of them (other content) is left out.
 */
export function checkedAnnotations(milestoneIds: ReadonlySet<string>): Annotation[] {
  return annotations.filter((a) => {
    const missing = a.milestones.filter((id) => !milestoneIds.has(id));
    if (missing.length > 0 && missing.length < a.milestones.length)
      throw new Error(`timeline annotation "${a.id}" names missing milestones: ${missing.join(', ')}`);
    return missing.length === 0;
  });
}
