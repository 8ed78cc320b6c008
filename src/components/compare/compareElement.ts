// <reform-compare>: the district picker and URL state of the compare view. The server rendered every
// district; this shows the selected ones and hides the rest: era lanes are restacked, matrix columns
// and rows hidden, bar charts re-laid out with the same geometry the server used.
import {
  parseCompareState,
  serializeCompareState,
  toggleDistrict,
  type CompareContext,
  type CompareState,
} from '../../lib/compare/compareState.ts';
import { firstDistricts, rowVisible } from '../../lib/compare/themeMatrix.ts';
import { differentYearsVisible, groupVisible } from '../../lib/compare/indicatorComparison.ts';
import { barChart } from '../../lib/compare/compareChart.ts';
import { showCanonical } from '../site/addressBar.ts';

const pct = (n: number) => `${n.toFixed(3)}%`;
const list = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
const show = (el: Element, on: boolean) => {
  if (el instanceof HTMLElement) el.hidden = !on;
  else if (on) el.removeAttribute('display');
  else el.setAttribute('display', 'none');
};

/** data-names: each district's short name, by id. */
export type CompareNames = Record<string, string>;

class ReformCompare extends HTMLElement {
  private ctx!: CompareContext;
  private state!: CompareState;
  private names: CompareNames = {};
  private abort?: AbortController;

  connectedCallback() {
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.ctx = { districts: list(this.dataset.districts), defaults: list(this.dataset.defaults) };
    this.names = JSON.parse(this.dataset.names ?? '{}') as CompareNames;
    const picker = this.querySelector<HTMLFormElement>('[data-picker]')!;
    picker.hidden = false;
    this.querySelector<HTMLElement>('[data-nojs]')!.hidden = true;
    picker.addEventListener('submit', (e) => e.preventDefault(), { signal });
    picker.addEventListener('change', (e) => this.onToggle(e.target as HTMLInputElement), { signal });
    addEventListener('popstate', () => this.apply(parseCompareState(location.search, this.ctx)), { signal });

    this.apply(parseCompareState(location.search, this.ctx));
    showCanonical(serializeCompareState(this.state, this.ctx));
  }

  private onToggle(input: HTMLInputElement) {
    if (input.name !== 'd') return;
    const status = this.querySelector<HTMLElement>('[data-picker-status]')!;
    const next = toggleDistrict(this.state, input.value, input.checked, this.ctx);
    if (!next) {
      input.checked = !input.checked;
      status.textContent = this.dataset.minMessage ?? '';
      return;
    }
    this.apply(next);
    history.pushState(null, '', `${location.pathname}${serializeCompareState(next, this.ctx)}${location.hash}`);
    status.textContent = this.querySelector('[data-showing]')!.textContent ?? '';
  }

  private apply(state: CompareState) {
    this.state = state;
    const selected = state.districts;
    const on = (d: string | undefined) => d !== undefined && selected.includes(d);

    for (const box of this.querySelectorAll<HTMLInputElement>('[data-picker] input[name="d"]'))
      box.checked = on(box.value);
    const names = selected.map((d) => this.names[d] ?? d).join(this.dataset.listSeparator ?? ', ');
    this.querySelector('[data-showing]')!.textContent = (this.dataset.showingTemplate ?? '{names}').replace(
      '{names}',
      names,
    );
    const timeline = this.querySelector<HTMLAnchorElement>('[data-timeline-link]');
    if (timeline) timeline.href = `${this.dataset.timelineBase}?d=${selected.join('~')}`;
    const address = this.querySelector('[data-print-address]');
    if (address)
      address.textContent = `${location.origin}${location.pathname}${serializeCompareState(state, this.ctx)}`;

    // Columns, table row groups and rows that belong to one district.
    for (const el of this.querySelectorAll<HTMLElement>('.theme-matrix [data-district], .eras-table [data-district]'))
      show(el, on(el.dataset.district));

    this.layoutEras(selected);

    // Theme matrix: a row shows when a selected district has the theme; "first" is recomputed.
    const from = JSON.parse(this.querySelector<HTMLElement>('[data-matrix]')?.dataset.from ?? '{}') as Record<
      string,
      number
    >;
    for (const row of this.querySelectorAll<HTMLTableRowElement>('.theme-matrix tbody tr')) {
      show(row, rowVisible(list(row.dataset.rowDistricts), selected));
      const cells: Record<string, { date: string }> = {};
      for (const td of row.querySelectorAll<HTMLElement>('td[data-date]'))
        cells[td.dataset.district!] = { date: td.dataset.date! };
      const first = firstDistricts(cells, selected, from);
      for (const td of row.querySelectorAll<HTMLElement>('td[data-date]')) {
        const badge = td.querySelector<HTMLElement>('[data-first]');
        if (badge) badge.hidden = !first.includes(td.dataset.district!);
      }
    }

    // Same-year figures: a group shows when two selected districts are in it; its bars are re-laid out.
    let anyGroup = false;
    for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
      const visible = groupVisible(list(group.dataset.districts), selected);
      group.hidden = !visible;
      anyGroup ||= visible;
      for (const tr of group.querySelectorAll<HTMLElement>('tbody tr[data-district]'))
        tr.hidden = !on(tr.dataset.district);
      this.layoutBars(group, selected);
    }
    this.querySelector<HTMLElement>('[data-no-groups]')!.hidden = anyGroup;

    // Figures from different years.
    let anyOther = false;
    for (const body of this.querySelectorAll<HTMLElement>('[data-other-years] tbody[data-metric]')) {
      const visible = differentYearsVisible(
        JSON.parse(body.dataset.latest ?? '{}') as Record<string, number>,
        selected,
      );
      body.hidden = !visible;
      anyOther ||= visible;
      for (const tr of body.querySelectorAll<HTMLElement>('tr[data-district]')) tr.hidden = !on(tr.dataset.district);
    }
    this.querySelector<HTMLElement>('[data-other-years]')!.hidden = !anyOther;
  }

  private layoutEras(selected: string[]) {
    const svg = this.querySelector<SVGSVGElement>('[data-eras-svg]');
    if (!svg) return;
    const top = Number(svg.dataset.laneTop);
    const height = Number(svg.dataset.laneHeight);
    let i = 0;
    for (const lane of svg.querySelectorAll<SVGGElement>('g[data-lane]')) {
      const visible = selected.includes(lane.dataset.lane!);
      show(lane, visible);
      if (visible) lane.setAttribute('transform', `translate(0,${top + i++ * height})`);
    }
    svg.setAttribute('height', String(top + i * height + 4));
  }

  private layoutBars(group: HTMLElement, selected: string[]) {
    const svg = group.querySelector<SVGSVGElement>('[data-bar-chart]');
    if (!svg) return;
    const rows = [...svg.querySelectorAll<SVGGElement>('g.bar-row')];
    const visible = rows.filter((r) => selected.includes(r.dataset.district!));
    const layout = barChart(visible.map((r) => ({ key: r.dataset.key!, value: Number(r.dataset.value) })));
    const barOf = new Map(layout.bars.map((b) => [b.key, b]));
    for (const row of rows) {
      const bar = barOf.get(row.dataset.key!);
      show(row, Boolean(bar));
      if (!bar) continue;
      row.setAttribute('transform', `translate(0,${bar.y})`);
      const rect = row.querySelector('rect.bar')!;
      rect.setAttribute('x', pct(bar.x));
      rect.setAttribute('width', pct(bar.width));
      row.querySelector('text.bar-value')!.setAttribute('x', pct(bar.x + bar.width));
    }
    svg.setAttribute('height', String(layout.height));
  }

  disconnectedCallback() {
    this.abort?.abort();
  }
}

customElements.define('reform-compare', ReformCompare);
