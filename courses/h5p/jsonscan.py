"""Checks a JSON file of a package while it streams out of the zip, never holding it whole.

H5P core and Lumi parse every JSON file they meet (h5p.json, content.json, library.json,
semantics.json, language files) with json_decode / JSON.parse, which needs the whole file and
builds all of it in memory: a 10 MB content.json took seconds and hundreds of megabytes here.
ijson's C backend (yajl) reads the bytes in chunks and reports events; counting the open objects
and arrays gives the nesting depth, so both the size and the depth are limited as the bytes come.
yajl refuses what JSON.parse refuses: broken syntax, trailing text, NaN, invalid UTF-8, a byte
order mark.
"""

import ijson

OPENING = frozenset({"start_map", "start_array"})
CLOSING = frozenset({"end_map", "end_array"})
BUFFER = 64 * 1024


class JsonInvalid(Exception):
    pass


class JsonTooDeep(Exception):
    pass


class _ChunkReader:
    """A file-like object over an iterator of byte chunks (ijson asks for read(size))."""

    def __init__(self, chunks):
        self._chunks = iter(chunks)
        self._pending = b""

    def read(self, size=-1):
        while size < 0 or len(self._pending) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._pending += chunk
        if size < 0:
            size = len(self._pending)
        data, self._pending = self._pending[:size], self._pending[size:]
        return data


def scan(chunks, *, max_depth):
    """Read the JSON text given as byte chunks to its end; return the kind of its top value
    ("map", "array" or "scalar").

    Raises JsonInvalid for anything JSON.parse would refuse, JsonTooDeep when objects and arrays
    nest deeper than max_depth. Errors of the chunk iterator itself (a size limit, a damaged zip)
    pass through unchanged.
    """
    depth = 0
    top = None
    try:
        for event, _value in ijson.basic_parse(_ChunkReader(chunks), buf_size=BUFFER):
            if top is None:
                top = {"start_map": "map", "start_array": "array"}.get(event, "scalar")
            if event in OPENING:
                depth += 1
                if depth > max_depth:
                    raise JsonTooDeep
            elif event in CLOSING:
                depth -= 1
    except ijson.JSONError:
        raise JsonInvalid from None
    if top is None:
        raise JsonInvalid
    return top
