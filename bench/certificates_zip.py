"""A region's certificates as one streamed zip: time and peak memory for 100 and for 500
certificates side by side, with the PDFs rendered on the way (first download) and already stored
(every later one). Flat memory means the peak for 500 is about the peak for 100.

Peak memory is Python's own allocations while the zip streams (tracemalloc), measured in a run
of its own after the timed one, since tracing slows everything down.

Usage: .venv/bin/python bench/certificates_zip.py [certificates]   (default 500)
"""

import sys
import time
import tracemalloc

import benchenv  # bench/ is on the path when a script runs

benchenv.start("zip")

from django.core.management import call_command  # noqa: E402

from certificates.bulk import certificates_zip  # noqa: E402
from certificates.models import Certificate  # noqa: E402
from lms.models import Region  # noqa: E402
from tests.factories import CertificateFactory, UserFactory  # noqa: E402

HEADERS = ["code", "holder", "course", "issued", "expires", "status", "trainer", "file"]


def stream(region, *, trace=False):
    """Send the region's zip to nowhere; returns (seconds, bytes, peak bytes allocated)."""
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    size = 0
    for chunk in certificates_zip(
        Certificate.objects.filter(region=region), language="kk", list_name="list.csv", headers=HEADERS
    ):
        size += len(chunk)
    seconds = time.perf_counter() - started
    peak = 0
    if trace:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return seconds, size, peak


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    call_command("migrate", verbosity=0)
    small, large = Region.objects.get(code="KZ-71"), Region.objects.get(code="KZ-75")
    for region, number in ((small, count // 5), (large, count)):
        for _ in range(number):
            CertificateFactory(
                user=UserFactory(region=region, verified=False), holder_name="Әйгерім Ғалымқызы Құнанбаева"
            )
    print(f"{'':34}{count // 5:>22}{count:>22}")
    rendered = [stream(small), stream(large)]  # the first download renders and stores every PDF
    print(
        f"{'rendering every PDF':34}"
        + "".join(f"{seconds:9.1f} s {size / 2**20:7.1f} MB  " for seconds, size, _peak in rendered)
    )
    stored = [stream(small), stream(large)]
    print(
        f"{'PDFs already stored':34}"
        + "".join(f"{seconds:9.1f} s {size / 2**20:7.1f} MB  " for seconds, size, _peak in stored)
    )
    peaks = [stream(small, trace=True)[2], stream(large, trace=True)[2]]
    print(f"{'peak Python memory while streaming':34}" + "".join(f"{peak / 2**20:17.1f} MB  " for peak in peaks))
    print(f"ratio of peaks, {count} to {count // 5}: {peaks[1] / peaks[0]:.2f}")


if __name__ == "__main__":
    main()
