"""Builds H5P packages shaped like real hub exports, with placeholder code written here.

What makes an exported package real, reproduced: libraries whose machine names have no dot
(FontAwesome-4.5, Drop-1.0), a library several others depend on (H5P.JoubelUI, jQuery.ui),
editor libraries (H5PEditor.*) that only the editor loads, semantics.json and language files,
a coreApi in library.json, versions written as strings in h5p.json, and files in deep folders
with long but legal names. Every script and style is a one-line placeholder.
"""

import json

from courses.h5p.packaging import zip_bytes


def library_json(name, major, minor, *, runnable=0, js=(), css=(), needs=(), editor=(), core_api=None):
    data = {
        "title": name,
        "machineName": name,
        "majorVersion": major,
        "minorVersion": minor,
        "patchVersion": 3,
        "runnable": runnable,
        "license": "MIT",
        "author": "Builder",
        "preloadedJs": [{"path": path} for path in js],
        "preloadedCss": [{"path": path} for path in css],
    }
    if needs:
        data["preloadedDependencies"] = [ref(*item) for item in needs]
    if editor:
        data["editorDependencies"] = [ref(*item) for item in editor]
    if core_api:
        data["coreApi"] = {"majorVersion": core_api[0], "minorVersion": core_api[1]}
    return data


def ref(name, major, minor, *, strings=False):
    if strings:
        major, minor = str(major), str(minor)
    return {"machineName": name, "majorVersion": major, "minorVersion": minor}


def placeholder_js(name, scored=False):
    body = "this.getMaxScore = function () { return 1; };" if scored else ""
    return f"/* placeholder for {name} */ H5P.x = function () {{ {body} }};\n".encode()


def placeholder_css(name):
    return f"/* placeholder for {name} */ .x {{ margin: 0; }}\n".encode()


def library_files(name, major, minor, *, semantics=False, languages=(), scored=False, **options):
    """(name, bytes) of one library folder: library.json, a script, a style, and what is asked for."""
    folder = f"{name}-{major}.{minor}"
    js, css = [f"scripts/{name.lower()}.js"], [f"styles/{name.lower()}.css"]
    files = [
        (f"{folder}/library.json", json.dumps(library_json(name, major, minor, js=js, css=css, **options)).encode()),
        (f"{folder}/{js[0]}", placeholder_js(name, scored=scored)),
        (f"{folder}/{css[0]}", placeholder_css(name)),
    ]
    if semantics:
        fields = [{"name": "text", "type": "text", "label": "Text"}]
        files.append((f"{folder}/semantics.json", json.dumps(fields).encode()))
    for code in languages:
        files.append((f"{folder}/language/{code}.json", json.dumps({"semantics": [{"label": code}]}).encode()))
    return files


MAIN = ("Builder.Quiz", 1, 4)
DEEP_NAME = "a-long-but-legal-image-name-as-editors-save-them-0123456789-abcdefghij.png"  # 74 characters


def hub_like_package(*, title="Recognising signs", language="kk", main_options=None, extra_files=(), manifest=None):
    """A package with the shape of a hub export (see the module's docstring)."""
    joubel, jquery_ui, font = ("Builder.JoubelUI", 1, 3), ("jQuery.ui", 1, 10), ("FontAwesome", 4, 5)
    drop, tether = ("Drop", 1, 0), ("Tether", 1, 0)
    question = ("Builder.Question", 1, 5)
    range_list, table_list = ("H5PEditor.RangeList", 1, 0), ("H5PEditor.TableList", 1, 0)
    main = {
        "runnable": 1,
        "needs": [question, joubel, jquery_ui, font],
        "editor": [range_list, table_list],
        "core_api": (1, 19),
        **(main_options or {}),
    }
    files = [
        *library_files(*MAIN, semantics=True, languages=("kk", "ru", "en", "es-mx", "zh-hans"), scored=True, **main),
        *library_files(*question, semantics=True, languages=("kk", "ru"), needs=[joubel, jquery_ui], core_api=(1, 7)),
        *library_files(*joubel, needs=[jquery_ui, font, drop], core_api=(1, 3)),
        *library_files(*jquery_ui),
        *library_files(*font),
        *library_files(*drop, needs=[tether]),
        *library_files(*tether),
        *library_files(*range_list, needs=[table_list], core_api=(1, 14)),
        *library_files(*table_list, core_api=(1, 14)),
    ]
    deep = "/".join(["content", "images", *(f"level{number}" for number in range(1, 12))])
    content = {"text": "Қалай әрекет етесіз?", "media": {"path": f"images/{DEEP_NAME}"}}
    manifest = manifest or {
        "title": title,
        "language": language,
        "mainLibrary": MAIN[0],
        "embedTypes": ["iframe"],
        "license": "U",
        "authors": [{"name": "Әдіскер", "role": "Author"}],
        "preloadedDependencies": [
            ref(*item, strings=True) for item in (MAIN, question, joubel, jquery_ui, font, drop, tether)
        ],
    }
    files += [
        ("h5p.json", json.dumps(manifest, ensure_ascii=False).encode()),
        ("content/content.json", json.dumps(content, ensure_ascii=False).encode()),
        (f"content/images/{DEEP_NAME}", b"\x89PNG placeholder"),
        (f"{deep}/{DEEP_NAME}", b"\x89PNG placeholder"),
        *extra_files,
    ]
    return zip_bytes(files)


def files_of(data):
    """{name: bytes} of a built package."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(files):
    return zip_bytes(list(files.items()))


def stored_script_package(machine, script, content=None, *, title=None, language="kk"):
    """A stored package of a content type of our own, `machine`, whose only file is `script`."""
    from django.core.files.base import ContentFile

    from courses.h5p.services import h5p_package_store
    from courses.h5p.validation import package_inspect
    from courses.models import H5PPackage

    title = title or machine
    manifest = {
        "title": title,
        "language": language,
        "mainLibrary": machine,
        "embedTypes": ["iframe"],
        "preloadedDependencies": [ref(machine, 1, 0)],
    }
    library = library_json(machine, 1, 0, runnable=1, js=["main.js"])
    upload = ContentFile(
        zip_bytes(
            [
                ("h5p.json", json.dumps(manifest).encode()),
                ("content/content.json", json.dumps(content or {}).encode()),
                (f"{machine}-1.0/library.json", json.dumps(library).encode()),
                (f"{machine}-1.0/main.js", script.encode()),
            ]
        ),
        name=f"{machine}.h5p",
    )
    package = H5PPackage(title=title)
    h5p_package_store(package=package, upload=upload, info=package_inspect(upload), user=None)
    package.save()
    return package
