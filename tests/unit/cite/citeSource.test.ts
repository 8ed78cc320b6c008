import { describe, expect, it } from 'vitest';
import { citeSourceApa7, citeSourceGbt7714, type SourceBibliography } from '../../../src/lib/cite/citeSource.ts';

const chapter: SourceBibliography = {
  kind: 'chapter',
  title: { zh: '东城区社会建设回顾与展望', en: 'Dongcheng District: social construction, review and outlook' },
  container: { zh: '一部著作的第二章（书名不详）', en: 'Chapter 2 of a book (title not given)' },
};
const plan: SourceBibliography = {
  kind: 'plan',
  title: { zh: '东城区“十三五”时期社区治理规划', en: 'Dongcheng Community Governance Plan 2016–2020' },
  publisher: { zh: '北京市东城区人民政府', en: "People's Government of Dongcheng District, Beijing" },
};
const report: SourceBibliography = {
  kind: 'report',
  title: { zh: '以首善标准绘就社会建设和民政时代画卷', en: 'Drawing the picture' },
};

describe('GB/T 7714 for the source documents', () => {
  it('cites a chapter as part of a book that is described, not named', () => {
    expect(citeSourceGbt7714(chapter).text).toBe(
      '东城区社会建设回顾与展望[M]//[一部著作的第二章（书名不详）]. [出版地不详]: [出版者不详], [出版年不详].',
    );
  });
  it('cites the plan with its publisher as author, and a year when there is one', () => {
    expect(citeSourceGbt7714(plan).text).toBe(
      '北京市东城区人民政府. 东城区“十三五”时期社区治理规划[Z]. [出版地不详]: 北京市东城区人民政府, [出版年不详].',
    );
    expect(citeSourceGbt7714({ ...plan, year: 2016 }).text).toContain(', 2016.');
    expect(citeSourceGbt7714(report).text).toBe(
      '以首善标准绘就社会建设和民政时代画卷[R]. [出版地不详]: [出版者不详], [出版年不详].',
    );
  });
});

describe('APA 7 for the source documents', () => {
  it('in Chinese', () => {
    expect(citeSourceApa7(chapter, 'zh').text).toBe(
      '东城区社会建设回顾与展望. (无日期). 载于 [一部著作的第二章（书名不详）].',
    );
    expect(citeSourceApa7(plan, 'zh').text).toBe('北京市东城区人民政府. (无日期). 东城区“十三五”时期社区治理规划.');
    expect(citeSourceApa7(plan, 'zh').segments.find((x) => x.italic)?.text).toBe(plan.title.zh);
    expect(citeSourceApa7(report, 'zh').text).toBe('以首善标准绘就社会建设和民政时代画卷. (无日期).');
  });
  it('in English, with the translated title in square brackets', () => {
    expect(citeSourceApa7(chapter, 'en').text).toBe(
      '东城区社会建设回顾与展望 [Dongcheng District: social construction, review and outlook]. (n.d.). In [Chapter 2 of a book (title not given)].',
    );
    expect(citeSourceApa7(plan, 'en').text).toBe(
      "People's Government of Dongcheng District, Beijing. (n.d.). 东城区“十三五”时期社区治理规划 [Dongcheng Community Governance Plan 2016–2020].",
    );
    expect(citeSourceApa7({ ...report, year: 2022 }, 'en').text).toBe(
      '以首善标准绘就社会建设和民政时代画卷 [Drawing the picture]. (2022).',
    );
    expect(citeSourceApa7(report, 'en').segments.find((x) => x.italic)?.text).toBe(report.title.zh);
    expect(citeSourceApa7(chapter, 'en').segments.some((x) => x.italic)).toBe(false);
  });
});
