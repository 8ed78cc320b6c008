// The spatial structure of the Beijing master plan 2016–2035, “一核一主一副、两轴多点一区”, as map
// layers: which districts each zone takes in, and the lines and points drawn for the axes, the new
// towns and the old city. All positions are WGS-84 and approximate (a few hundred metres); the axes
// and Chang'an Avenue's extensions are schematic.

import type { Position } from './geometry.ts';

export type LayerId = 'core' | 'central' | 'subcentre' | 'axes' | 'towns' | 'eco';

/** The layers in the order of the formula, with the districts each one covers. */
export const PLAN_LAYERS: readonly { id: LayerId; districts: readonly string[]; partly?: readonly string[] }[] = [
  { id: 'core', districts: ['dongcheng', 'xicheng'] },
  { id: 'central', districts: ['dongcheng', 'xicheng', 'chaoyang', 'haidian', 'fengtai', 'shijingshan'] },
  { id: 'subcentre', districts: ['tongzhou'] },
  { id: 'axes', districts: [] },
  { id: 'towns', districts: [] },
  // The mountain parts of Changping and Fangshan belong to the zone too; we cannot draw those parts,
  // so the two districts are shown whole with a lighter pattern, and the legend says so.
  { id: 'eco', districts: ['mentougou', 'pinggu', 'huairou', 'miyun', 'yanqing'], partly: ['changping', 'fangshan'] },
];

export interface PlanLine {
  id: string;
  layer: LayerId | 'context';
  name: { zh: string; en: string };
  path: Position[];
}

/** The traditional central axis, from Yongdingmen to the Bell and Drum Towers (it leans about 2° west of north). */
const AXIS: Position[] = [
  [116.3935, 39.8675], // 永定门
  [116.3917, 39.8985], // 正阳门
  [116.391, 39.9075], // 天安门
  [116.3904, 39.9245], // 景山
  [116.3894, 39.9418], // 钟鼓楼
];

export const PLAN_LINES: readonly PlanLine[] = [
  { id: 'axis', layer: 'axes', name: { zh: '中轴线', en: 'Central axis' }, path: AXIS },
  {
    id: 'axis-north',
    layer: 'axes',
    name: { zh: '中轴线北延（至奥林匹克森林公园）', en: 'Central axis extended north (to the Olympic Forest Park)' },
    path: [AXIS.at(-1)!, [116.3897, 39.97], [116.3903, 39.995], [116.3905, 40.02]],
  },
  {
    id: 'axis-south',
    layer: 'axes',
    name: { zh: '中轴线南延（至南苑）', en: 'Central axis extended south (to Nanyuan)' },
    path: [AXIS[0], [116.394, 39.84], [116.395, 39.8]],
  },
  {
    id: 'changan',
    layer: 'axes',
    name: { zh: '长安街及其延长线', en: "Chang'an Avenue and its extensions" },
    path: [
      [116.17, 39.9065], // 首钢
      [116.31, 39.907], // 公主坟
      [116.3505, 39.9072], // 复兴门
      [116.391, 39.9072], // 天安门
      [116.4285, 39.9075], // 建国门
      [116.47, 39.9078], // 大望路
      [116.55, 39.908],
      [116.62, 39.9065],
      [116.7, 39.906], // 城市副中心
    ],
  },
  {
    id: 'inner-city',
    layer: 'context',
    name: {
      zh: '旧内城城墙（今二环路一线，近似）',
      en: 'Old inner-city wall (about where the 2nd Ring Road runs; approximate)',
    },
    path: [
      [116.3505, 39.898], // 西便门
      [116.3505, 39.9072], // 复兴门
      [116.3508, 39.923], // 阜成门
      [116.3515, 39.9405], // 西直门
      [116.3605, 39.948], // 西北角（积水潭）
      [116.3745, 39.948], // 德胜门
      [116.403, 39.9485], // 安定门
      [116.4285, 39.9485], // 东北角
      [116.4285, 39.94], // 东直门
      [116.4285, 39.925], // 朝阳门
      [116.4285, 39.9075], // 建国门
      // … and back west along the south wall (the gates of SOUTH_WALL in pre2010Boundaries.ts; literal
      // here so that this module stays plain data for the browser bundle).
      [116.428, 39.8997], // 东便门（东南角楼）
      [116.4108, 39.8993], // 崇文门
      [116.3915, 39.8987], // 正阳门
      [116.368, 39.8982], // 宣武门
      [116.3505, 39.898], // 西便门
    ],
  },
];

export interface PlanPoint {
  id: string;
  district: string;
  name: { zh: string; en: string };
  at: Position;
  /** Which side of its dot the name goes, clear of the other names. */
  side: 'left' | 'right' | 'below';
}

/** The plan's new towns in the plain districts (the “多点”), at the rough centre of each. */
export const NEW_TOWNS: readonly PlanPoint[] = [
  {
    id: 'shunyi-new-town',
    district: 'shunyi',
    name: { zh: '顺义新城', en: 'Shunyi new town' },
    at: [116.648, 40.129],
    side: 'below',
  },
  {
    id: 'daxing-new-town',
    district: 'daxing',
    name: { zh: '大兴新城', en: 'Daxing new town' },
    at: [116.335, 39.725],
    side: 'right',
  },
  {
    id: 'yizhuang-new-town',
    district: 'daxing',
    name: { zh: '亦庄新城', en: 'Yizhuang new town' },
    at: [116.506, 39.794],
    side: 'left',
  },
  {
    id: 'changping-new-town',
    district: 'changping',
    name: { zh: '昌平新城', en: 'Changping new town' },
    at: [116.225, 40.219],
    side: 'right',
  },
  {
    id: 'fangshan-new-town',
    district: 'fangshan',
    name: { zh: '房山新城', en: 'Fangshan new town' },
    at: [116.137, 39.734],
    side: 'below',
  },
];
