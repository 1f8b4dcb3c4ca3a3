// The import-map page: polynode's ES modules straight from dist/, found through the import map.
import { Buffer } from 'node:buffer';
import EventEmitter from 'node:events';
import * as crypto from 'node:crypto';
import process from 'node:process';
import util from 'util';
import path from 'node:path';

const modules = { events: EventEmitter, 'node:events': EventEmitter, crypto, util, 'node:path': path };
const require = (id) => modules[id];
const report = (result) =>
  fetch('/__report', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ page: location.pathname, ...result }) });
// eslint-disable-next-line no-undef
setTimeout(() =>
  runNodeStyle(require, Buffer, process).then(
    (lines) => report({ lines, checks: { globalBuffer: typeof globalThis.Buffer } }),
    (error) => report({ error: String(error?.stack ?? error) }),
  ),
);
