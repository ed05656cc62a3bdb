// Keeps a finder's search, filters and sort in the page URL (its sync-url attribute): read when the finder connects,
// written as the reader changes them, restored by Back and Forward. Only a finder with sync-url fetches this module.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_PREFIX, readState, sameState, writeState, type FinderState } from './url-state.js';

/** What the sync reads from and sets on its finder. */
export interface SyncedFinder extends ReactiveControllerHost, FinderState {
  /** The prefix of the parameter names, or empty (or `true`) for the default; undefined turns the sync off. */
  syncUrl?: string;
}

export class UrlSync implements ReactiveController {
  /** True while the reader is typing a query that already has its own history entry. */
  private typing = false;

  constructor(private readonly host: SyncedFinder) {
    // Lit calls hostConnected at once when the finder is already connected, so the URL is read from here too.
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.syncUrl !== undefined) this.restore();
    window.addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  /** Writes the finder's state into the URL: a new history entry for a committed change, and while `typing` goes on,
   * the same one, so Back goes to the previous search and not to every letter of this one. */
  save(typing: boolean): void {
    if (this.host.syncUrl === undefined) return;
    const push = !(typing && this.typing);
    this.typing = typing;
    const { query, selection, sort } = this.host;
    const state = { query, selection, sort };
    if (push && sameState(this.read(), state)) return;
    const params = writeState(new URLSearchParams(location.search), state, this.prefix).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private get prefix(): string {
    const value = this.host.syncUrl?.trim();
    return value && /^[\w-]+$/.test(value) && value !== 'true' ? value : DEFAULT_PREFIX;
  }

  private read(): FinderState {
    return readState(new URLSearchParams(location.search), this.prefix);
  }

  private restore() {
    this.typing = false;
    const { query, selection, sort } = this.read();
    this.host.query = query;
    this.host.selection = selection;
    this.host.sort = sort;
  }

  private handlePopState = () => {
    if (this.host.syncUrl !== undefined) this.restore();
  };
}
