// Astro types a JSX element as `HTMLElement | any` (it serves several JSX frameworks), so typed ESLint
// reads every element an .astro template returns from a callback as an unsafe `any`. This site uses
// Astro's own templates only: an element is an HTMLElement. (eslint-plugin-astro's documented fix.)
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
