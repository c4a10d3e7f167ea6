"""Certificate timings: rendering one PDF (budget: under 300 ms), against the verification page,
in one interleaved run; medians.

Usage: .venv/bin/python bench/certificates.py [rounds]
"""

import statistics
import sys
import time

import benchenv  # bench/ is on the path when a script runs

benchenv.start("certificates")

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from certificates.links import verify_url  # noqa: E402
from certificates.models import Certificate  # noqa: E402
from certificates.pdf import certificate_pdf_bytes  # noqa: E402
from courses.services import enrollment_create, lesson_complete  # noqa: E402
from lms.models import Region, User  # noqa: E402
from tests.factories import build_course, lessons_of  # noqa: E402


def timed(call):
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    call_command("migrate", verbosity=0)
    course = build_course(slug="bench", lessons=1, title="Балаға қатыгездік көрсетуді тану және оған ден қою")
    holder = User.objects.create_user(
        email="bench@example.org", password="x", full_name="Әйгерім Ғалымқызы Құнанбаева", region=Region.objects.first()
    )
    enrollment_create(user=holder, course=course)
    lesson_complete(user=holder, lesson=lessons_of(course)[0], course=course)
    certificate = Certificate.objects.get()
    url = verify_url(certificate)
    client = Client()
    page = reverse("certificates:verify", kwargs={"token": certificate.token})
    certificate_pdf_bytes(certificate=certificate, verify_url=url)  # builds the merged font once
    client.get(page)
    pdf, verify = [], []
    for _ in range(rounds):
        pdf.append(timed(lambda: certificate_pdf_bytes(certificate=certificate, verify_url=url)))
        verify.append(timed(lambda: client.get(page)))
    size = len(certificate_pdf_bytes(certificate=certificate, verify_url=url))
    print(f"render one certificate PDF   median {statistics.median(pdf):7.1f} ms  (budget 300 ms; {size // 1024} KB)")
    print(f"verification page            median {statistics.median(verify):7.1f} ms")


if __name__ == "__main__":
    main()
