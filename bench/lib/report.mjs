// Turning the pages' measurements into ratios and markdown tables.

/** Three significant digits, thousands separators: 2,469 / 203 / 36.9 / 6.93. */
function plain(value) {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** ops/s with a k/M/G suffix and three significant digits: 7.91k, 334M, 1.50G. */
function scaled(value) {
  const units = [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(value) >= size) {
      const x = value / size;
      return `${x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2)}${suffix}`;
    }
  }
  return plain(value);
}

export function formatValue(value, unit) {
  return unit === 'ops/s' ? scaled(value) : plain(value);
}

export function formatRatio(ratio) {
  if (ratio == null || !Number.isFinite(ratio)) return '—';
  return `${ratio.toFixed(ratio >= 10 ? 0 : ratio >= 1 ? 1 : 2)}×`;
}

/** A cell usable in ratios: measured, and its result equal to the expected one. */
export const valid = (cell) => cell?.status === 'ok' && cell.match && Number.isFinite(cell.median);

export function cellText(cell, unit) {
  if (!cell) return '—';
  switch (cell.status) {
    case 'ok': {
      const text = `${formatValue(cell.median, unit)} (${formatValue(cell.min, unit)}–${formatValue(cell.max, unit)})`;
      return cell.match ? text : `≠ ${text}`;
    }
    case 'throws':
      return `throws: ${cell.code}${cell.stub ? ' (stub)' : ''}`;
    case 'unavailable':
      return 'n/a';
    case 'none':
    case 'absent':
    default:
      return '—';
  }
}

/** A column's output size over Node 16's for the same call: `1.000 (778,205 B)`. */
function sizeRatioText(cell, referenceSize) {
  if (!Number.isFinite(cell?.outputSize) || !referenceSize) return '—';
  return `${(cell.outputSize / referenceSize).toFixed(3)} (${cell.outputSize.toLocaleString('en-US')} B)`;
}

/** polynode ÷ best peer (every column but polynode and native) and polynode ÷ native. */
export function ratiosOf(workload) {
  const cells = workload.columns;
  let best = null;
  for (const [name, cell] of Object.entries(cells)) {
    if (name === 'polynode' || name === 'native' || !valid(cell)) continue;
    if (!best || cell.median > cells[best].median) best = name;
  }
  const ours = cells.polynode;
  return {
    bestPeer: best,
    vsBestPeer: valid(ours) && best ? ours.median / cells[best].median : null,
    vsNative: valid(ours) && valid(cells.native) ? ours.median / cells.native.median : null,
  };
}

/** One line of progress for the terminal. */
export function progressLine(browser, workload, columns) {
  const parts = columns.map((name) => {
    const cell = workload.columns[name];
    if (!cell || cell.status === 'absent') return null;
    if (cell.status === 'ok') return `${name} ${cell.match ? '' : '≠ '}${formatValue(cell.median, workload.unit)}`;
    if (cell.status === 'throws') return `${name} throws ${cell.code}`;
    if (cell.status === 'unavailable') return `${name} n/a`;
    return null;
  });
  return `[${browser}] ${workload.name}: ${parts.filter(Boolean).join(' · ')} ${workload.unit}`;
}

const escapeCell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function loadText(load) {
  return load ? load.map((x) => x.toFixed(2)).join(' / ') : '?';
}

/** The whole markdown report. */
export function toMarkdown(results) {
  const env = results.environment;
  const lines = [];
  lines.push('# polynode benchmarks (`npm run bench`)', '');
  lines.push(
    `- Date: ${results.date}${results.config.quick ? ' — **quick run** (smoke test: few, short samples; do not quote these numbers)' : ''}`,
    `- Machine: ${env.cpus} × ${env.cpuModel}, ${env.memoryGiB} GiB; load average (1 / 5 / 15 min) at start ${loadText(env.loadavg.start)}, at end ${loadText(env.loadavg.end)}`,
    `- Software: Node ${env.node}, esbuild ${env.esbuild}, playwright-core ${env.playwright}; polynode ${env.git?.commit ?? '?'}${env.git?.dirty ? ' (+ uncommitted changes)' : ''}, dist/ built ${env.distBuiltAt ?? '?'}`,
    `- Method: every cell is the median (min–max) of ${results.config.samples} samples of ~${results.config.sampleMs} ms of back-to-back calls; all columns of a workload run in the same page, samples interleaved (A B C A B C …). MB/s = 10⁶ bytes per second. Each column's result is checked against the expected one: \`≠\` marks a different result (its number is left out of the ratios), \`throws: CODE\` a column that threw, \`n/a\` a native API this browser lacks, \`—\` no such column.`,
    `- Columns: ${Object.entries(results.columns)
      .map(([name, text]) => `\`${name}\` = ${text}`)
      .join('; ')}`,
    '',
  );
  for (const browser of results.browsers) {
    lines.push(`## ${browser.version ?? browser.browser.replace(/^./, (c) => c.toUpperCase())}`, '');
    if (browser.skipped) lines.push(`Skipped: ${escapeCell(browser.skipped)}`, '');
    if (browser.error) lines.push(`**Run failed:** ${escapeCell(browser.error)}`, '');
    if (browser.environment) {
      const e = browser.environment;
      const features = Object.entries(e.features ?? {})
        .map(([name, has]) => `${name} ${has ? '✓' : '✗'}`)
        .join(', ');
      lines.push(
        `crossOriginIsolated: ${e.crossOriginIsolated}, timer resolution ${(e.timerResolutionMs * 1000).toFixed(1)} µs, hardwareConcurrency ${e.hardwareConcurrency}. ${features}.`,
        '',
      );
    }
    for (const module of browser.modules) {
      const columns = module.columns;
      lines.push(`### ${module.module}`, '');
      // Modules whose workloads compress (zlib) get a column: polynode's output size ÷ Node 16's.
      const sizes = module.workloads.some((workload) => workload.referenceSize);
      const header = ['workload', 'unit', ...columns, 'polynode ÷ best peer', 'polynode ÷ native', ...(sizes ? ['output ÷ Node 16'] : [])];
      lines.push(`| ${header.join(' | ')} |`, `| --- | --- | ${header.slice(2).map(() => '---:').join(' | ')} |`);
      const natives = [];
      const notes = [];
      for (const workload of module.workloads) {
        const r = workload.ratios;
        const row = [
          `${workload.title} \`${workload.name}\``,
          workload.unit,
          ...columns.map((name) => cellText(workload.columns[name], workload.unit)),
          r.vsBestPeer == null ? '—' : `${formatRatio(r.vsBestPeer)} (vs ${r.bestPeer})`,
          formatRatio(r.vsNative),
          ...(sizes ? [sizeRatioText(workload.columns.polynode, workload.referenceSize)] : []),
        ];
        if (sizes && workload.referenceSize) {
          const others = columns
            .filter((name) => name !== 'polynode' && Number.isFinite(workload.columns[name]?.outputSize))
            .map((name) => `${name} ${sizeRatioText(workload.columns[name], workload.referenceSize)}`);
          if (others.length) notes.push(`\`${workload.name}\` output ÷ Node 16 (${workload.referenceSize.toLocaleString('en-US')} B): ${others.join(', ')}`);
        }
        lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
        const native = workload.columns.native;
        if (native?.api) natives.push(`\`${workload.name}\` ${native.api}${native.status === 'unavailable' ? ' (not in this browser)' : ''}`);
        for (const name of columns) {
          const cell = workload.columns[name];
          if (!cell) continue;
          if (cell.status === 'throws') {
            notes.push(`\`${workload.name}\` ${name} throws ${cell.message ? `\`${cell.message}\`` : cell.code}${cell.stub ? ` — ${cell.stub}` : ''}`);
          } else if (cell.status === 'ok' && !cell.match) {
            const got = cell.lastDigest ?? cell.digest;
            notes.push(
              `\`${workload.name}\` ${name} ≠: ${cell.changedOnReuse ? 'result changed after repeated calls: ' : ''}got \`${got}\`, expected \`${workload.expected}\` (${workload.expectedFrom})${cell.lastError ? `; a later call threw ${cell.lastError}` : ''}`,
            );
          }
          if (cell.note) notes.push(`\`${workload.name}\` ${name}: ${cell.note}`);
        }
        if (workload.expectedFrom === 'consensus') notes.push(`\`${workload.name}\`: no reference result; columns compared with each other`);
        if (workload.expectedError) notes.push(`\`${workload.name}\`: the reference threw ${workload.expectedError}`);
      }
      lines.push('');
      if (natives.length) lines.push(`Native APIs: ${natives.join('; ')}.`, '');
      for (const [name, reason] of Object.entries(module.unavailable ?? {})) notes.push(`${name}: not in this page: ${reason}`);
      if (notes.length) lines.push('Notes:', '', ...notes.map((note) => `- ${note}`), '');
    }
  }
  return lines.join('\n');
}
