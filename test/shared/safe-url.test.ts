import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/shared/safe-url.js';

describe('safeUrl', () => {
  it('allows web, mail and phone links, and relative ones', () => {
    for (const url of ['https://example.org/a', 'http://example.org', 'mailto:hi@example.org', 'tel:+441234', '/events', 'feed.json', '#top', '//cdn.example.org/x']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('refuses script and data URLs however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd']) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('allows only web addresses and relative paths for images', () => {
    expect(safeUrl('logos/a.svg', 'image')).to.equal('logos/a.svg');
    expect(safeUrl('https://example.org/a.png', 'image')).to.equal('https://example.org/a.png');
    expect(safeUrl('mailto:a@b.c', 'image')).to.equal(undefined);
    expect(safeUrl('data:image/svg+xml,<svg onload=alert(1)>', 'image')).to.equal(undefined);
  });

  it('treats empty or non-text values as no URL', () => {
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
  });
});
