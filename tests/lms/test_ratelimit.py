"""The request limits count a client as the network it controls: an IPv6 connection is given a
whole /64 and can take a new address from it for every request."""

import pytest

from lms.ratelimit import counted_as


@pytest.mark.parametrize(
    ("address", "counted"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("2001:DB8:1:2::FFFF", "2001:db8:1:2::/64"),
        ("fe80::1%eth0", "fe80::/64"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("unknown", "unknown"),
    ],
)
def test_an_address_is_counted_as_the_network_its_owner_controls(address, counted):
    assert counted_as(address) == counted


@pytest.mark.django_db
@pytest.mark.usefixtures("clock_still")
def test_a_phone_that_changes_its_ipv6_address_each_time_is_still_stopped_after_twenty_checks(client):
    for number in range(20):
        response = client.get(
            "/kk/certificates/verify/", {"code": "KZ-AAAA-AAAA"}, REMOTE_ADDR=f"2001:db8:7:9::{number + 1:x}"
        )
        assert response.status_code == 404
    refused = client.get("/kk/certificates/verify/", {"code": "KZ-AAAA-AAAA"}, REMOTE_ADDR="2001:db8:7:9:ffff::99")
    assert refused.status_code == 429
    # Another household's /64 is counted on its own.
    other = client.get("/kk/certificates/verify/", {"code": "KZ-AAAA-AAAA"}, REMOTE_ADDR="2001:db8:7:a::1")
    assert other.status_code == 404
