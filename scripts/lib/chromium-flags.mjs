// The flags every headless Chromium of this project starts with (Karma, the benchmark, the
// status-page test): root without a sandbox, no GPU, and nothing that reaches for the
// network, which is closed on CI machines (failed look-ups otherwise slow every start).
export const CHROMIUM_FLAGS = [
  '--no-sandbox', // needed when running as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
