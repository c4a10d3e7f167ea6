def load_demo_coverage():
    """Load the demo's synthetic programme; imported lazily, like the other apps' demo loaders."""
    from coverage.demo.loader import demo_coverage_load

    return demo_coverage_load()
