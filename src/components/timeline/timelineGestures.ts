// Zoom and pan on the timeline's SVG, along time only: Ctrl/⌘ + wheel and trackpad pinches zoom, a
// sideways trackpad scroll pans, a drag pans, two fingers pinch. Plain vertical wheel and vertical
// swipes scroll the page (touch-action: pan-y). Each step zooms 2× at most (lib/timeline/zoomView).
// Small on purpose: d3-zoom with its transitions weighed about 19 KB of the page's 30 KB budget.
import { wheelFactor, zoomAround, clampView, type View } from '../../lib/timeline/zoomView.ts';

export interface GestureHost {
  view(): View;
  width(): number;
  maxZoom: number;
  /** Shows a view while a gesture runs. */
  move(view: View): void;
  /** A gesture ended: the view can be written to the URL and the headlines placed again. */
  settle(): void;
}

/** A drag shorter than this is a click. */
const DRAG_PX = 5;
/** Wheel events closer together than this are one gesture. */
const WHEEL_IDLE_MS = 220;

export function attachGestures(svg: SVGSVGElement, host: GestureHost, signal: AbortSignal) {
  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = false;
  let start: { x: number; y: number; view: View } | null = null;
  let pinch: { distance: number; mid: number } | null = null;
  let wheelTimer = 0;
  const left = () => svg.getBoundingClientRect().left;
  const opts = { signal };

  svg.addEventListener(
    'wheel',
    (e) => {
      const sideways = Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey && !e.metaKey;
      if (!e.ctrlKey && !e.metaKey && !sideways) return;
      e.preventDefault();
      const v = host.view();
      host.move(
        sideways
          ? clampView({ x: v.x - e.deltaX, k: v.k }, host.width(), host.maxZoom)
          : zoomAround(v, e.clientX - left(), wheelFactor(e.deltaY, e.deltaMode), host.width(), host.maxZoom),
      );
      clearTimeout(wheelTimer);
      wheelTimer = window.setTimeout(() => host.settle(), WHEEL_IDLE_MS);
    },
    { ...opts, passive: false },
  );

  svg.addEventListener(
    'pointerdown',
    (e) => {
      if (e.button !== 0) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      dragged = false;
      start = { x: e.clientX, y: e.clientY, view: host.view() };
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: (a.x + b.x) / 2 - left() };
      }
    },
    opts,
  );

  svg.addEventListener(
    'pointermove',
    (e) => {
      if (!pointers.has(e.pointerId) || !start) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (pinch && pointers.size >= 2) {
        const [a, b] = [...pointers.values()];
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        const mid = (a.x + b.x) / 2 - left();
        const zoomed = zoomAround(host.view(), mid, distance / Math.max(1, pinch.distance), host.width(), host.maxZoom);
        host.move(clampView({ x: zoomed.x + (mid - pinch.mid), k: zoomed.k }, host.width(), host.maxZoom));
        pinch = { distance, mid };
        dragged = true;
        return;
      }
      const dx = e.clientX - start.x;
      if (!dragged && Math.abs(dx) < DRAG_PX) return;
      if (!dragged) {
        // A mostly vertical touch movement is the page scrolling, not a pan.
        if (e.pointerType === 'touch' && Math.abs(e.clientY - start.y) > Math.abs(dx)) return;
        dragged = true;
        svg.setPointerCapture(e.pointerId);
        svg.classList.add('is-dragging');
      }
      host.move(clampView({ x: start.view.x + dx, k: start.view.k }, host.width(), host.maxZoom));
    },
    opts,
  );

  const end = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    if (pointers.size < 2) pinch = null;
    if (pointers.size === 1) {
      // One finger lifted from a pinch: the other pans on from where it is.
      const [rest] = [...pointers.values()];
      start = { x: rest.x, y: rest.y, view: host.view() };
      return;
    }
    svg.classList.remove('is-dragging');
    start = null;
    if (dragged) host.settle();
  };
  svg.addEventListener('pointerup', end, opts);
  svg.addEventListener('pointercancel', end, opts);
  // The click that ends a drag is not a click on a mark.
  svg.addEventListener(
    'click',
    (e) => {
      if (!dragged) return;
      dragged = false;
      e.preventDefault();
      e.stopPropagation();
    },
    { ...opts, capture: true },
  );
  signal.addEventListener('abort', () => clearTimeout(wheelTimer));
}
