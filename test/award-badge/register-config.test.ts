import { expect } from '@open-wc/testing';
import {
  awardRegister,
  configureAwardRegister,
  DEFAULT_AWARD_REGISTER,
  registerHost,
  registerPage,
  registerRequestUrl,
  resolveRegister,
  sameSite,
} from '../../src/award-badge/register-config.js';

describe('award register configuration', () => {
  afterEach(() => configureAwardRegister({ url: undefined }));

  it('checks the City of Sanctuary register when nothing is configured', () => {
    expect(awardRegister()).to.equal(DEFAULT_AWARD_REGISTER);
    expect(resolveRegister()).to.equal(DEFAULT_AWARD_REGISTER);
  });

  it('uses the library-wide register, then the register attribute, then src', () => {
    configureAwardRegister({ url: 'https://awards.example.org/all.json' });
    expect(resolveRegister()).to.equal('https://awards.example.org/all.json');
    expect(resolveRegister(undefined, 'https://other.example/r.json')).to.equal('https://other.example/r.json');
    expect(resolveRegister('https://x.example/a/{id}.json', 'https://other.example/r.json')).to.equal('https://x.example/a/{id}.json');
    expect(resolveRegister('  ', ' ')).to.equal('https://awards.example.org/all.json');
  });

  it('fills {id} percent-encoded, so an id cannot change the path or add a query', () => {
    expect(registerRequestUrl('https://r.example/awards/{id}.json', 'sos/../x?y=1#z')).to.equal(
      'https://r.example/awards/sos%2F..%2Fx%3Fy%3D1%23z.json',
    );
    expect(registerRequestUrl('https://r.example/all.json', 'anything')).to.equal('https://r.example/all.json');
  });

  it('names the register host and its page, for whole registers and templates', () => {
    expect(registerHost('https://awards.example.org/awards/{id}.json')).to.equal('awards.example.org');
    expect(registerPage('https://awards.example.org/awards/{id}.json')).to.equal('https://awards.example.org/');
    expect(registerPage('https://awards.example.org/register.json')).to.equal('https://awards.example.org/register.json');
    expect(registerPage('javascript:alert(1)')).to.equal(undefined);
  });

  it('accepts a verification page only on the register’s own site', () => {
    expect(sameSite('https://awards.example.org/a/1', 'awards.example.org')).to.equal(true);
    expect(sameSite('https://example.org/a/1', 'awards.example.org')).to.equal(true);
    expect(sameSite('https://evil.example/a/1', 'awards.example.org')).to.equal(false);
    expect(sameSite('https://awards.example.org.evil.example/', 'awards.example.org')).to.equal(false);
  });
});
