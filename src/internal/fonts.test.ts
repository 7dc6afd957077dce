import { expect } from '@open-wc/testing';
import { CJK_FALLBACK, withCjkFallback } from './fonts.js';

describe('withCjkFallback', () => {
  const cjk = CJK_FALLBACK.join(', ');
  it('keeps the host font first and puts CJK faces before the generic family', () => {
    expect(withCjkFallback('Georgia, serif')).to.equal(`Georgia, ${cjk}, serif`);
    expect(withCjkFallback('"Times New Roman"')).to.equal(`"Times New Roman", ${cjk}, sans-serif`);
    expect(withCjkFallback('system-ui, -apple-system, sans-serif')).to.equal(`system-ui, -apple-system, ${cjk}, sans-serif`);
  });

  it('does not list a CJK face twice', () => {
    expect(withCjkFallback('"PingFang SC", sans-serif')).to.equal(`${cjk}, sans-serif`);
  });
});
