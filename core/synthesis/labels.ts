/** dd/mm/yyyy from YYYY-MM-DD (shared with the officials' chat views). */
export { dmy } from './prose.js';
