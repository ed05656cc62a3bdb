// Code a widget needs only once a reader does something (opens a menu) or the page opts in (an attribute): fetched
// with import() the first time it is asked for, so a page that never needs it never downloads it. Every element on
// the page shares one load of the same code, and each re-renders when it arrives or fails.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type OnDemandStatus = 'idle' | 'loading' | 'ready' | 'error';

interface SharedLoad {
  status: OnDemandStatus;
  module?: unknown;
  hosts: Set<ReactiveControllerHost>;
}

/** By importer, so give each piece of code one importer function at module level. */
const loads = new WeakMap<() => Promise<unknown>, SharedLoad>();

export class OnDemandController<T> implements ReactiveController {
  private readonly shared: SharedLoad;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {
    let shared = loads.get(importer);
    if (!shared) loads.set(importer, (shared = { status: 'idle', hosts: new Set() }));
    this.shared = shared;
    host.addController(this);
  }

  get status(): OnDemandStatus {
    return this.shared.status;
  }

  /** The loaded module; undefined until it is here. */
  get module(): T | undefined {
    return this.shared.module as T | undefined;
  }

  /** Starts loading, unless the code is here or on its way: after a failure, calling it again tries again. */
  load(): void {
    const shared = this.shared;
    if (shared.status === 'loading' || shared.status === 'ready') return;
    const settle = (status: OnDemandStatus, module?: unknown) => {
      Object.assign(shared, { status, module });
      shared.hosts.forEach((host) => host.requestUpdate());
    };
    settle('loading');
    // A chunk can fail to load (offline, blocked, replaced by a new release): the host says so in words.
    this.importer().then(
      (module) => settle('ready', module),
      () => settle('error'),
    );
  }

  hostConnected(): void {
    this.shared.hosts.add(this.host);
    // Back in the page (a framework moved it) after the code arrived or failed while it was out: show that now.
    if (this.shared.status === 'ready' || this.shared.status === 'error') this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.shared.hosts.delete(this.host);
  }
}
