"""A lesson with an H5P activity: the framed player, what the learner has done, and its query count."""

import re

import pytest
from django.core.cache import cache
from django.utils import translation

from courses.models import H5PAttempt, H5PPackage
from courses.services import enrollment_create
from tests.factories import add_h5p_activity, build_course, build_h5p_package, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson_with_activity(learner):
    course = build_course(lessons=3)
    lesson = lessons_of(course)[1]
    package = build_h5p_package()
    block_id = add_h5p_activity(lesson, package, title="Choose a response")
    enrollment_create(user=learner, course=course)
    return course, lesson, package, block_id


def attempt_at(learner, lesson_with_activity, **fields):
    course, lesson, package, block_id = lesson_with_activity
    if fields.get("score_max"):
        fields["score_scaled"] = fields["score_raw"] / fields["score_max"]
    return H5PAttempt.objects.create(
        user=learner,
        package=package,
        content_hash=package.content_hash,
        course_key=course.translation_key,
        lesson_key=lesson.translation_key,
        activity_key=block_id,
        statement={},
        **fields,
    )


def test_lesson_frames_the_player_on_the_h5p_origin(client, learner, lesson_with_activity):
    _course, lesson, package, block_id = lesson_with_activity
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    # The frame waits in a template until the learner reaches the activity or taps Start.
    frame = re.search(r"<template data-h5p-frame><iframe[^>]*>", html, re.S).group(0)
    assert f'src="http://h5p.testserver/play/{package.content_hash}/?lang=kk"' in frame
    assert 'sandbox="allow-scripts allow-same-origin"' in frame
    assert html.count("<iframe") == 1
    assert "data-h5p-load" in html
    assert 'title="' in frame and "Choose a response" in frame
    assert f'data-block-id="{block_id}"' in html
    assert f'data-package-id="{package.pk}"' in html
    assert 'id="h5p-config"' in html
    assert "courses/h5p-activity.js" in html


def test_lesson_lists_the_activity_as_done_after_a_completed_attempt(client, learner, lesson_with_activity):
    course, lesson, package, block_id = lesson_with_activity
    client.force_login(learner)
    assert '<li data-h5p-summary="' + block_id + '">' in client.get(lesson.url).content.decode()
    attempt_at(learner, lesson_with_activity, verb="completed", score_raw=2, score_max=3, completion=True)
    html = client.get(lesson.url).content.decode()
    assert f'<li data-h5p-summary="{block_id}" class="done">' in html
    assert f'"done": ["{block_id}"]' in html


def test_lesson_without_activities_loads_no_h5p_script(client, learner):
    course = build_course(lessons=1)
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    html = client.get(lessons_of(course)[0].url).content.decode()
    assert "h5p-activity.js" not in html
    assert "h5p-config" not in html


def test_activity_without_h5p_origin_says_it_is_unavailable(client, learner, lesson_with_activity, settings):
    settings.H5P_ORIGIN = ""
    client.force_login(learner)
    html = client.get(lesson_with_activity[1].url).content.decode()
    assert "<iframe" not in html
    with translation.override("kk"):
        assert translation.gettext("This interactive activity is not available right now.") in html


def test_lesson_page_with_activities_runs_a_fixed_number_of_queries(
    client, learner, lesson_with_activity, django_assert_max_num_queries
):
    course, lesson, package, block_id = lesson_with_activity
    second = build_h5p_package(language="kk")
    add_h5p_activity(lesson, second, title="Another one")
    client.force_login(learner)
    client.get(lesson.url)
    cache.clear()
    # The first view of a revision renders the body (its packages: one query); later views read it cached.
    # Before any lesson is done, one more read: whether a pre-test would close (courses/hooks.py COURSE_FIRST_STEP).
    with django_assert_max_num_queries(19):
        assert client.get(lesson.url).status_code == 200
    with django_assert_max_num_queries(16) as captured:
        client.get(lesson.url)
    first = len(captured)
    for _attempt in range(5):
        attempt_at(learner, lesson_with_activity, verb="answered")
    with django_assert_max_num_queries(16) as captured:
        client.get(lesson.url)
    assert len(captured) == first


def test_start_button_says_how_much_the_activity_downloads(client, learner, lesson_with_activity):
    from django.template.defaultfilters import filesizeformat

    from courses.h5p.selectors import player_core_bytes

    _course, lesson, package, _block_id = lesson_with_activity
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    total = player_core_bytes() + package.player_bytes
    assert package.player_bytes > 0 and player_core_bytes() > 200_000  # H5P core alone is over 200 KB
    assert f'data-bytes="{total}"' in html
    with translation.override("kk"):
        assert translation.gettext("It downloads about %(size)s.") % {"size": filesizeformat(total)} in html


def test_a_replaced_package_is_framed_at_once_though_the_lesson_body_is_cached(client, learner, lesson_with_activity):
    _course, lesson, package, _block_id = lesson_with_activity
    client.force_login(learner)
    old_hash = package.content_hash
    assert old_hash in client.get(lesson.url).content.decode()  # the body is now cached
    new_hash = build_h5p_package(language="ru").content_hash
    H5PPackage.objects.filter(pk=package.pk).update(content_hash=new_hash)
    html = client.get(lesson.url).content.decode()
    assert new_hash in html and old_hash not in html
