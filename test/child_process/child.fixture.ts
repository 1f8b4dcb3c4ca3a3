// The forked child of the scenarios (cases.mjs): the shared logic, run with the global
// `process` polynode's worker bootstrap installed.
import { runChild } from './child-logic.mjs';

runChild((globalThis as { process?: unknown }).process);
