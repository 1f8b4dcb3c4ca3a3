// cluster in a page: always the primary; setupPrimary merges settings like Node and emits
// 'setup'; fork() is unavailable and says what to use instead.
import { expect } from 'chai';
import cluster, * as named from '../../src/cluster/index.js';
import process from '../../src/process/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

describe('cluster', () => {
  it('is the primary: isPrimary and isMaster true, isWorker false, no workers', () => {
    expect([cluster.isPrimary, cluster.isMaster, cluster.isWorker]).to.deep.equal([true, true, false]);
    expect(cluster.workers).to.deep.equal({});
    expect(cluster.schedulingPolicy).to.equal(cluster.SCHED_RR);
    expect(typeof cluster.on).to.equal('function');
    expect(named.setupMaster).to.equal(named.setupPrimary);
  });

  it("setupPrimary merges over Node's defaults and emits 'setup' with the settings on the next tick", async () => {
    const seen: unknown[] = [];
    const listener = (settings: unknown) => seen.push(settings);
    cluster.on('setup', listener);
    try {
      cluster.setupPrimary({ exec: 'worker.js', args: ['a'] });
      expect(seen).to.deep.equal([]);
      const expected = { args: ['a'], exec: 'worker.js', execArgv: process.execArgv, silent: false };
      expect(cluster.settings).to.deep.equal(expected);
      cluster.setupMaster({ silent: true });
      expect(cluster.settings).to.deep.equal({ ...expected, silent: true });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(seen).to.deep.equal([expected, { ...expected, silent: true }]);
    } finally {
      cluster.off('setup', listener);
      for (const key of Object.keys(cluster.settings)) delete cluster.settings[key];
    }
  });

  it('fork() throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM pointing to child_process.fork and worker_threads', () => {
    expectThrowsNodeError(() => cluster.fork(), {
      type: TypeError,
      code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      message:
        'The feature cluster.fork (use child_process.fork() or worker_threads.Worker) is unavailable on the current platform, which is being used to run Node.js',
    });
  });

  it('disconnect(callback) calls back asynchronously (there are no workers)', async () => {
    let called = false;
    await new Promise<void>((resolve) => {
      cluster.disconnect(() => {
        called = true;
        resolve();
      });
      expect(called).to.equal(false);
    });
    expect(called).to.equal(true);
  });
});
