/**
 * What the search page (src/pages/[lang]/search.astro) draws, for the bench, the screenshots
 * and the browser tests, which wait for a search to finish before they look.
 */

/** The link of each result. */
export const SEARCH_RESULT_LINK = '.search-result .result-title a';
/** The line that says how many results a search found (or that it found none). */
export const SEARCH_STATUS = '.search-status';
/** Whatever a finished search shows first: a result, or the line saying there is none. */
export const SEARCH_OUTCOME = `${SEARCH_RESULT_LINK}, ${SEARCH_STATUS}:not(:empty)`;
