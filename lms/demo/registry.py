"""Demo loaders of other apps, run by `load_demo` after the accounts (apps register in ready())."""

_loaders = []


def register_demo_loader(name, loader):
    """`loader()` builds the app's demo data idempotently and returns a one-line summary."""
    if (name, loader) not in _loaders:
        _loaders.append((name, loader))


def demo_loaders():
    return list(_loaders)
