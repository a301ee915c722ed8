export { safeError } from '../core/safe-error.js';
