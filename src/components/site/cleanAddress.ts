// Loaded by every page (the layouts), after the page's own elements have read the address: the query
// goes unless an element keeps its view in it (and writes it back itself, see addressBar.ts); the
// fragment goes unless it names something on the page. Self-contained, so that it costs no request.
import { canonicalAddress } from '../../lib/site/fragment.ts';

/** Elements that keep their view in the query string. */
const QUERY_OWNERS =
  'reform-timeline[data-variant="full"], reform-compare, search-page, reform-collection, reform-story';

const query = document.querySelector(QUERY_OWNERS) ? location.search : '';
const address = canonicalAddress(location.pathname, query, location.hash, (id) => document.getElementById(id) !== null);
if (new URL(address, location.href).href !== location.href) history.replaceState(history.state, '', address);
