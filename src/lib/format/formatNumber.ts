// Figures as readers expect them in each language: 91.9, 1,772, 3.5.
import type { Locale } from '../site/paths.ts';

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}
