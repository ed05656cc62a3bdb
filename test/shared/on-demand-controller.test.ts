import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OnDemandController } from '../../src/shared/on-demand-controller.js';

/** A stand-in for an element: counts the updates a controller asks of it. */
class Host implements ReactiveControllerHost {
  updates = 0;
  controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
}

/** An import() the test settles by hand, counting how often it is called. */
function importer() {
  const calls: { resolve: (m: { answer: number }) => void; reject: (e: Error) => void }[] = [];
  const load = () => new Promise<{ answer: number }>((resolve, reject) => void calls.push({ resolve, reject }));
  return { load, calls };
}

describe('OnDemandController', () => {
  it('loads the code once for every element that asks, and updates each when it arrives', async () => {
    const code = importer();
    const [a, b] = [new Host(), new Host()];
    const [forA, forB] = [new OnDemandController(a, code.load), new OnDemandController(b, code.load)];
    a.connect();
    b.connect();
    expect(forA.status).to.equal('idle');
    forA.load();
    forB.load();
    expect(code.calls).to.have.length(1);
    expect(forB.status).to.equal('loading');
    const beforeArrival = b.updates;
    code.calls[0].resolve({ answer: 42 });
    await waitUntil(() => forB.status === 'ready');
    expect(forA.module).to.deep.equal({ answer: 42 });
    expect(forB.module).to.deep.equal({ answer: 42 });
    expect(b.updates, 'b re-rendered when the code arrived').to.be.greaterThan(beforeArrival);
    forA.load();
    expect(code.calls, 'never loaded twice').to.have.length(1);
  });

  it('updates an element that comes back to the page after the code arrived while it was away', async () => {
    const code = importer();
    const host = new Host();
    const controller = new OnDemandController(host, code.load);
    host.connect();
    controller.load();
    host.controllers.forEach((c) => c.hostDisconnected?.());
    code.calls[0].resolve({ answer: 42 });
    await waitUntil(() => controller.status === 'ready');
    const before = host.updates;
    host.connect();
    expect(host.updates).to.equal(before + 1);
  });

  it('reports a failure, and tries again only when asked again', async () => {
    const code = importer();
    const host = new Host();
    const controller = new OnDemandController(host, code.load);
    host.connect();
    controller.load();
    const beforeFailure = host.updates;
    code.calls[0].reject(new Error('offline'));
    await waitUntil(() => controller.status === 'error');
    expect(controller.module).to.equal(undefined);
    expect(host.updates, 're-rendered to say it failed').to.be.greaterThan(beforeFailure);
    controller.load();
    expect(code.calls).to.have.length(2);
    expect(controller.status).to.equal('loading');
    const beforeArrival = host.updates;
    code.calls[1].resolve({ answer: 1 });
    await waitUntil(() => controller.status === 'ready');
    expect(host.updates, 're-rendered when the code arrived').to.be.greaterThan(beforeArrival);
  });
});
