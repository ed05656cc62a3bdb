// The "Add to calendar" menu's choices, in a chunk of its own: the element loads it the first time a reader points
// at, focuses or opens a menu, so a reader who never adds an event never downloads it. The element keeps only what
// a menu needs before this code is here (the <details>, its summary, the words for a failed load).
import { html, type TemplateResult } from 'lit';
import type { SanctuaryEvent } from '../feed/index.js';
import { safeUrl } from '../shared/safe-url.js';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';
import type { EventListKey } from './event-list.strings.js';
import { eventToIcs, icsFileName } from './ics.js';
import type { Occurrence } from './occurrences.js';

/** The element's translation function, for the menu's words. */
export type CalendarWords = (key: EventListKey, vars?: { title: string }) => string;

/** The four choices for one occurrence; each says which event it adds, for screen reader users who list links.
 * `publisherUrl` is the feed publisher's address, which names the .ics file's UIDs. */
export function calendarMenu(o: Occurrence, t: CalendarWords, publisherUrl: string | undefined): TemplateResult {
  const e = o.event;
  const addTo = html`<span class="visually-hidden">${t('eventList.addTitle', { title: e.title })} </span>`;
  return html`<ul role="list">
    <li><button type="button" class="link-button" @click=${() => download(e, publisherUrl)}>${addTo}${t('eventList.ics')}</button></li>
    <li><a href=${googleCalendarUrl(e)} target="_blank" rel="noopener">${addTo}${t('eventList.google')}</a></li>
    <li><a href=${outlookCalendarUrl(e, o)} target="_blank" rel="noopener">${addTo}${t('eventList.outlook')}</a></li>
    <li><a href=${outlookCalendarUrl(e, o, 'office')} target="_blank" rel="noopener">${addTo}${t('eventList.office')}</a></li>
  </ul>`;
}

/** Saves the event as an .ics file, made in the browser. */
function download(event: SanctuaryEvent, publisherUrl: string | undefined) {
  // The publisher's domain keeps the UID the same whichever partner page the event was saved from, so saving it
  // again updates the calendar entry instead of adding a second one.
  const publisher = safeUrl(publisherUrl);
  let uidDomain: string | undefined;
  try {
    uidDomain = publisher ? new URL(publisher).hostname || undefined : undefined;
  } catch {
    uidDomain = undefined;
  }
  const text = eventToIcs(event, { now: Date.now(), uidDomain });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(event);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
