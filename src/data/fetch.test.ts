import { expect } from '@open-wc/testing';
import { stubFetch } from '../../tests/helpers.js';
import { KEPT_DOCUMENTS, fetchJson } from './fetch.js';

describe('fetchJson', () => {
  it('asks the server once for a URL that several callers want', async () => {
    const stub = stubFetch();
    try {
      const signal = new AbortController().signal;
      const both = Promise.all([fetchJson('/one.json', signal), fetchJson('/one.json', signal)]);
      stub.respond({ a: 1 });
      expect(await both).to.deep.equal([{ a: 1 }, { a: 1 }]);
      expect(await fetchJson('/one.json', signal)).to.deep.equal({ a: 1 });
      // A fragment is never sent: the same request.
      expect(await fetchJson('/one.json#gdp', signal)).to.deep.equal({ a: 1 });
      expect(stub.calls.length).to.equal(1);
    } finally {
      stub.restore();
    }
  });

  it(`keeps the ${KEPT_DOCUMENTS} latest documents, and asks again for an older one`, async () => {
    const stub = stubFetch();
    try {
      const signal = new AbortController().signal;
      for (let poll = 0; poll <= KEPT_DOCUMENTS; poll++) {
        const answer = fetchJson(`/poll.json?t=${poll}`, signal);
        stub.respond({ poll });
        expect(await answer).to.deep.equal({ poll });
      }
      expect(stub.calls.length).to.equal(KEPT_DOCUMENTS + 1);

      // The newest is still kept: no request.
      expect(await fetchJson(`/poll.json?t=${KEPT_DOCUMENTS}`, signal)).to.deep.equal({ poll: KEPT_DOCUMENTS });
      expect(stub.calls.length).to.equal(KEPT_DOCUMENTS + 1);

      // The oldest was forgotten: asked again.
      const again = fetchJson('/poll.json?t=0', signal);
      expect(stub.calls.length).to.equal(KEPT_DOCUMENTS + 2);
      stub.respond({ poll: 0 });
      expect(await again).to.deep.equal({ poll: 0 });
    } finally {
      stub.restore();
    }
  });
});
