def load_demo_quizzes():
    """Load the demo quizzes; imported lazily so the content modules load only when needed."""
    from quizzes.demo.loader import demo_quizzes_load

    created = demo_quizzes_load()
    return f"{created} new quiz(zes) in kk, ru and en."
