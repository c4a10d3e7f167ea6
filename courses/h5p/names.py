"""How the checker's messages name files: at most a few names, then how many more; and the names
too long or too deep for the storage."""

from django.utils.translation import ngettext

SHOWN_NAMES = 5  # a message lists at most this many file names, then says how many more


def shown_names(names):
    shown = ", ".join(f"«{name}»" for name in names[:SHOWN_NAMES])
    more = len(names) - SHOWN_NAMES
    if more > 0:
        shown += " " + ngettext("and %(count)d more", "and %(count)d more", more) % {"count": more}
    return shown


def path_problems(infos, limits):
    """Names too long or too deep for the storage, counted as the storage counts them."""
    long_paths, deep, long_names = [], [], []
    for info in infos:
        name = info.filename.rstrip("/")
        parts = name.split("/")
        if len(name) > limits.path_chars:
            long_paths.append(name)
        elif len(parts) - 1 > limits.path_depth:
            deep.append(name)
        elif any(len(part.encode("utf-8")) > limits.name_bytes for part in parts):
            long_names.append(name)
    problems = []
    if long_paths:
        problems.append(
            ngettext(
                "These names are longer than %(limit)d character, counting their folders: %(names)s.",
                "These names are longer than %(limit)d characters, counting their folders: %(names)s.",
                limits.path_chars,
            )
            % {"limit": limits.path_chars, "names": shown_names(long_paths)}
        )
    if deep:
        problems.append(
            ngettext(
                "These files lie more than %(limit)d folder deep: %(names)s.",
                "These files lie more than %(limit)d folders deep: %(names)s.",
                limits.path_depth,
            )
            % {"limit": limits.path_depth, "names": shown_names(deep)}
        )
    if long_names:
        problems.append(
            ngettext(
                "These paths hold a file or folder name longer than %(limit)d byte "
                "(a letter outside the Latin alphabet takes two): %(names)s.",
                "These paths hold a file or folder name longer than %(limit)d bytes "
                "(a letter outside the Latin alphabet takes two): %(names)s.",
                limits.name_bytes,
            )
            % {"limit": limits.name_bytes, "names": shown_names(long_names)}
        )
    return problems
