def load_demo_courses():
    """Load the demo courses; imported lazily so the content modules load only when needed."""
    from courses.demo.content import CONTACTS, COURSES
    from courses.demo.h5p import demo_packages_load
    from courses.demo.loader import demo_courses_load

    created = demo_courses_load(COURSES, CONTACTS, demo_packages_load())
    return f"{created} new course(s) in kk, ru and en."
