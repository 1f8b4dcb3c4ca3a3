// The in-page half of `npm run bench`: a classic script loaded before the column bundles.
//
// Each column bundle calls __polynodeBench.register({ column, lib, workloads }) when it loads.
// start(config) then, for each workload in turn: computes the expected result, sets up every
// column and checks its first result, calibrates how many calls fill one sample, takes the
// samples interleaved (A B C A B C …), checks the last result again, and POSTs the numbers to
// the harness. The page drives itself and reports over HTTP, so any browser works the same way,
// with or without an automation protocol.
(() => {
  'use strict';

  const STUB = Symbol.for('polynode.stub');
  const registry = new Map(); // column -> { lib, workloads: Map(name -> workload) }
  const loadErrors = [];
  let config = null;

  // ---- reporting --------------------------------------------------------------------------
  async function post(message) {
    const response = await fetch('/report', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ run: config?.run, page: config?.page, ...message }),
    });
    return response.json();
  }

  function errorText(error) {
    if (error == null) return String(error);
    return `${error.name ?? 'Error'}${error.code ? ` [${error.code}]` : ''}: ${error.message ?? error}`;
  }

  addEventListener('error', (event) => {
    const where = event.filename ? ` (${event.filename.replace(location.origin, '')}:${event.lineno})` : '';
    const message = errorText(event.error ?? { message: event.message }) + where;
    loadErrors.push({ file: event.filename ? new URL(event.filename).pathname : '', message });
    if (config) post({ type: 'log', level: 'error', message }).catch(() => {});
  });
  addEventListener('unhandledrejection', (event) => {
    post({ type: 'fatal', message: `unhandled rejection: ${errorText(event.reason)}` }).catch(() => {});
  });

  // ---- checking results ---------------------------------------------------------------------
  function fnv1a(bytes) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    return (hash >>> 0).toString(16).padStart(8, '0');
  }

  function fnv1aString(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      hash = Math.imul(hash ^ (unit & 0xff), 0x01000193);
      hash = Math.imul(hash ^ (unit >> 8), 0x01000193);
    }
    return (hash >>> 0).toString(16).padStart(8, '0');
  }

  /**
   * A short, comparable fingerprint of a result: kind, size, FNV-1a hash and a preview. Every
   * ArrayBufferView (Buffer, Uint8Array, Uint32Array, DataView …) is compared as its bytes.
   */
  function digest(value) {
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      const head = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
      return `bytes:${bytes.length}:${fnv1a(bytes)}:${head}`;
    }
    if (value instanceof ArrayBuffer) return digest(new Uint8Array(value));
    switch (typeof value) {
      case 'string':
        return `string:${value.length}:${fnv1aString(value)}:${JSON.stringify(value.slice(0, 12))}`;
      case 'number':
        return `number:${Object.is(value, -0) ? '-0' : String(value)}`;
      case 'bigint':
        return `bigint:${value}`;
      case 'boolean':
      case 'undefined':
        return `${typeof value}:${value}`;
      default:
        if (value === null) return 'null';
        if (Array.isArray(value)) return `[${value.map(digest).join(',')}]`;
        return `object:${Object.prototype.toString.call(value)}:${JSON.stringify(value)?.slice(0, 60)}`;
    }
  }

  /** The column's exports that are polynode stubs (functions or classes that only throw). */
  function stubsOf(lib) {
    const found = [];
    for (const [id, namespace] of Object.entries(lib ?? {})) {
      for (const key of Object.keys(namespace ?? {})) {
        let value;
        try {
          value = namespace[key];
        } catch {
          continue;
        }
        if ((typeof value === 'function' || (typeof value === 'object' && value)) && value[STUB]) {
          found.push({ id, key, api: value[STUB].api, reason: value[STUB].reason });
        }
      }
    }
    return found;
  }

  /**
   * What a throwing column shows: the error's code (or its name), and when the error names an
   * export that is a polynode stub (a stub class has no static methods, so `Buffer.from`
   * throws a plain TypeError), that stub. (`\d*`: esbuild may rename a local `Buffer` to
   * `Buffer3`, and engines quote the expression in the message.)
   */
  function describeError(error, lib) {
    const message = String(error?.message ?? error);
    const code = error?.code ?? error?.name ?? typeof error;
    const stub = error?.code ? undefined : stubsOf(lib).find((s) => new RegExp(`\\b${s.key}\\d*\\b`).test(message));
    return {
      code,
      message: message.slice(0, 300),
      stub: stub ? `${stub.api} is a ${stub.reason} stub` : undefined,
    };
  }

  // ---- timing -------------------------------------------------------------------------------
  const now = () => performance.now();
  let sink;

  /** n calls in a tight loop; returns the elapsed milliseconds. The result is kept. */
  function timeBatch(run, state, n) {
    let result;
    const start = now();
    for (let i = 0; i < n; i++) result = run(state);
    const elapsed = now() - start;
    sink = result;
    return elapsed;
  }

  /** The same for an asynchronous run (a workload with `async: true`): calls awaited in turn. */
  async function timeBatchAsync(run, state, n) {
    let result;
    const start = now();
    for (let i = 0; i < n; i++) result = await run(state);
    const elapsed = now() - start;
    sink = result;
    return elapsed;
  }

  /** Calls per sample so that one sample lasts about sampleMs, after warming up. */
  async function calibrate(entry, { sampleMs, warmupMs }) {
    const { run, state, batch } = entry;
    let calls = 0;
    const start = now();
    let elapsed = 0;
    while (elapsed < warmupMs || calls < 2) {
      sink = entry.async ? await run(state) : run(state);
      calls++;
      elapsed = now() - start;
    }
    let n = Math.max(1, Math.round(sampleMs / (elapsed / calls)));
    const measured = await batch(run, state, n);
    if (measured > 0) n = Math.max(1, Math.round((n * sampleMs) / measured));
    return n;
  }

  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  // ---- one workload -------------------------------------------------------------------------
  async function runWorkload(name) {
    const columns = config.columns.filter((column) => registry.has(column));
    const any = registry.get(columns[0]).workloads.get(name);
    const perCall = any.unit === 'MB/s' ? any.bytes / 1e6 : any.ops ?? 1;
    const result = { type: 'result', workload: name, columns: {} };
    if (Number.isFinite(any.referenceSize)) result.referenceSize = any.referenceSize;

    // The expected result: the workload's reference, else the native path, else a consensus.
    let expected;
    if (typeof any.expected === 'function') {
      try {
        expected = digest(await any.expected());
        result.expectedFrom = 'reference';
      } catch (error) {
        result.expectedError = errorText(error);
      }
    }

    // Set up every column and check its first result.
    const live = [];
    for (const column of columns) {
      const { lib, workloads } = registry.get(column);
      const workload = workloads.get(name);
      const cell = (result.columns[column] = {});
      let impl = workload;
      if (column === 'native') {
        if (!workload.native) {
          cell.status = 'none';
          continue;
        }
        impl = workload.native;
        cell.api = impl.api;
        if (impl.available && !impl.available()) {
          cell.status = 'unavailable';
          continue;
        }
      }
      let state;
      try {
        state = await impl.setup(lib, { column });
        const start = now();
        const first = impl.async ? await impl.run(state) : impl.run(state);
        cell.firstCallMs = now() - start;
        cell.digest = digest(first);
      } catch (error) {
        cell.status = 'throws';
        Object.assign(cell, describeError(error, lib));
        continue;
      }
      if (state && typeof state.note === 'string') cell.note = state.note;
      // Compressors: the size of the output, compared by the report with Node 16's.
      if (typeof impl.outputSize === 'function') {
        try {
          cell.outputSize = impl.outputSize(state);
        } catch {
          // The first call above succeeded; a failure here leaves the size out.
        }
      }
      cell.status = 'ok';
      const async = impl.async === true;
      live.push({ column, cell, run: impl.run, state, async, batch: async ? timeBatchAsync : timeBatch });
    }
    if (expected === undefined) {
      const native = result.columns.native;
      if (native?.status === 'ok') {
        expected = native.digest;
        result.expectedFrom = 'native';
      } else if (live.length) {
        const counts = new Map();
        for (const { cell } of live) counts.set(cell.digest, (counts.get(cell.digest) ?? 0) + 1);
        expected = [...counts].sort((a, b) => b[1] - a[1])[0][0];
        result.expectedFrom = 'consensus';
      }
    }
    result.expected = expected;
    for (const { cell } of live) cell.match = cell.digest === expected;

    // Calibrate, then sample, interleaved.
    for (const entry of live) {
      try {
        entry.n = entry.cell.callsPerSample = await calibrate(entry, config);
        entry.cell.samples = [];
      } catch (error) {
        entry.cell.status = 'throws';
        Object.assign(entry.cell, describeError(error, registry.get(entry.column).lib));
        entry.dead = true;
      }
      await tick();
    }
    const sampling = live.filter((entry) => !entry.dead);
    for (let round = 0; round < config.samples; round++) {
      for (const entry of sampling) {
        if (entry.dead) continue;
        try {
          const ms = entry.async ? await timeBatchAsync(entry.run, entry.state, entry.n) : timeBatch(entry.run, entry.state, entry.n);
          entry.cell.samples.push((perCall * entry.n * 1000) / Math.max(ms, 1e-3));
        } catch (error) {
          entry.cell.status = 'throws';
          Object.assign(entry.cell, describeError(error, registry.get(entry.column).lib));
          entry.dead = true;
        }
      }
      await tick();
    }

    // Check again after many calls (an implementation may go wrong on reuse), then summarize.
    for (const entry of sampling) {
      const { cell } = entry;
      if (entry.dead) continue;
      try {
        const last = digest(entry.async ? await entry.run(entry.state) : entry.run(entry.state));
        if (last !== cell.digest) {
          cell.lastDigest = last;
          cell.match = false;
          cell.changedOnReuse = true;
        }
      } catch (error) {
        cell.lastError = errorText(error);
        cell.match = false;
      }
      cell.median = median(cell.samples);
      cell.min = Math.min(...cell.samples);
      cell.max = Math.max(...cell.samples);
    }
    sink = undefined;
    return result;
  }

  // ---- environment --------------------------------------------------------------------------
  function timerResolution() {
    let best = Infinity;
    for (let i = 0; i < 200; i++) {
      const a = now();
      let b = now();
      while (b === a) b = now();
      best = Math.min(best, b - a);
    }
    return best;
  }

  function environment() {
    return {
      userAgent: navigator.userAgent,
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      hardwareConcurrency: navigator.hardwareConcurrency,
      timerResolutionMs: timerResolution(),
      features: {
        'Uint8Array.prototype.toBase64': typeof Uint8Array.prototype.toBase64 === 'function',
        'Uint8Array.fromBase64': typeof Uint8Array.fromBase64 === 'function',
        'Uint8Array.prototype.toHex': typeof Uint8Array.prototype.toHex === 'function',
        'Uint8Array.fromHex': typeof Uint8Array.fromHex === 'function',
      },
    };
  }

  // ---- entry points -------------------------------------------------------------------------
  function register({ column, lib, workloads }) {
    const byName = new Map();
    for (const workload of workloads) byName.set(workload.name, workload);
    registry.set(column, { lib, workloads: byName });
  }

  async function start(pageConfig) {
    config = pageConfig;
    try {
      const missing = config.columns.filter((column) => !registry.has(column));
      await post({
        type: 'hello',
        environment: environment(),
        registered: [...registry.keys()],
        missing: missing.map((column) => ({
          column,
          error: loadErrors.find((e) => e.file.endsWith(`/${column}.js`))?.message ?? 'bundle did not register',
        })),
      });
      if (registry.size) {
        for (const name of config.workloads) {
          const result = await runWorkload(name);
          await post(result);
          await tick();
        }
      }
    } catch (error) {
      await post({ type: 'fatal', message: `${errorText(error)}\n${error?.stack ?? ''}` });
      return;
    }
    const { next } = await post({ type: 'done' });
    if (next) location.href = next;
  }

  globalThis.__polynodeBench = { register, start, digest };
})();
