def load_demo_cascade():
    """Load the demo cascade; imported lazily so the loader's imports load only when needed."""
    from cascade.demo.loader import demo_cascade_load

    return demo_cascade_load()
