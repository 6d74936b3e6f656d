/** Who a request comes from, for the server's rate limits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientOf } from '../../src/server/rate-limit.js';

describe('clientOf: the client a rate limit counts', () => {
  it('is the peer without a trusted proxy, whatever X-Forwarded-For says', () => {
    assert.equal(clientOf('203.0.113.9', '1.2.3.4', false), '203.0.113.9');
    assert.equal(clientOf('203.0.113.9', '1.2.3.4, 5.6.7.8'), '203.0.113.9');
  });
  it('behind trusted proxies, is the hop the nearest untrusted one added, never what the client wrote', () => {
    assert.equal(clientOf('10.0.0.2', '203.0.113.7', true), '203.0.113.7');
    assert.equal(clientOf('10.0.0.2', '198.51.100.1, 203.0.113.7', true), '203.0.113.7');
    assert.equal(clientOf('10.0.0.3', '203.0.113.7, 10.0.0.2', 2), '203.0.113.7');
    assert.equal(clientOf('10.0.0.3', '198.51.100.1,203.0.113.7 , 10.0.0.2', 2), '203.0.113.7');
    // fewer hops in the header than proxies configured: the farthest one known
    assert.equal(clientOf('10.0.0.3', '10.0.0.2', 3), '10.0.0.2');
    // no header behind a proxy: the proxy itself
    assert.equal(clientOf('10.0.0.2', null, true), '10.0.0.2');
  });
  it('counts an IPv6 address by its /64, an IPv4-mapped address as IPv4, garbage under one key', () => {
    assert.equal(clientOf('2001:db8:1:2:3:4:5:6', null), '2001:db8:1:2::/64');
    assert.equal(clientOf('2001:db8:1:2::99', null), '2001:db8:1:2::/64');
    assert.equal(clientOf('2001:0DB8:0001:0002:ffff::1', null), '2001:db8:1:2::/64');
    assert.equal(clientOf('::1', null), '0:0:0:0::/64');
    assert.equal(clientOf('::ffff:192.0.2.5', null), '192.0.2.5');
    assert.equal(clientOf('10.0.0.2', 'not an address', true), 'invalid-address');
    assert.equal(clientOf('10.0.0.2', '[2001:db8::1]', true), '2001:db8:0:0::/64');
  });
  it('is unknown when the host did not give the peer (nothing to count by)', () => {
    assert.equal(clientOf(undefined, '203.0.113.7', true), undefined);
  });
});
