// Injected into the `peers` column's bundles only: the browserify family expects the globals
// their users get from bundler plugins (node-stdlib-browser injects `process` the same way).
import process from '../../node_modules/process/browser.js';

export { process };
