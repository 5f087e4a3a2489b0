/**
 * Which FlexSearch file the extension ships: the compact build, which has the Document index and the encoders (the
 * worker encodes each query with them; the postings themselves ship as core/library/search-file.ts) but no worker support. The default bundle carries FlexSearch's worker loader, which builds code from a string with
 * `Function` (web-ext lint: DANGEROUS_EVAL), though Backstory never uses it. The package's `exports` do not list
 * this file, so it is aliased by path, for the extension build and the unit tests alike.
 */
import { fileURLToPath } from 'node:url';

export const flexsearchAlias = {
  find: /^flexsearch$/,
  replacement: fileURLToPath(new URL('./node_modules/flexsearch/dist/flexsearch.compact.module.min.js', import.meta.url)),
};
