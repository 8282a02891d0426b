import { SEARCH_BRIDGE_EVENT } from '../../../src/view/search-facets.ts';

/** The bridge module (see `SEARCH_BRIDGE_PATH`): imports Pagefind's API beside it and hands it over. */
export const SEARCH_BRIDGE_SCRIPT = `// Written by sweepsite's build: hands Pagefind's API to the search page's script.
import * as pagefind from './pagefind.js';
document.dispatchEvent(new CustomEvent(${JSON.stringify(SEARCH_BRIDGE_EVENT)}, { detail: pagefind }));
`;
