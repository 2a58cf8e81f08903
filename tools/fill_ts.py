"""Fill unfinished entries of a Qt .ts file from a JSON glossary (en → zh), keeping finished ones.

Run after `make ts` (pyside6-lupdate) when new strings appear: add them to ui/translations/zh_CN.json.
The .ts stays the file translators edit in Qt Linguist; the glossary only seeds it.
"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, glossary_paths = sys.argv[1], sys.argv[2:]
glossary = {}
for path in glossary_paths:  # zh_CN.json, then one zh_CN.<area>.json per area
    glossary.update(json.load(open(path, encoding="utf-8")))
tree = ET.parse(ts_path)
missing = []
for message in tree.iter("message"):
    source = message.findtext("source")
    translation = message.find("translation")
    if translation is None or (translation.text and translation.get("type") != "unfinished"):
        continue
    if source in glossary:
        translation.text = glossary[source]
        translation.attrib.pop("type", None)
    else:
        missing.append(source)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
for m in sorted(set(missing)):
    print(f"untranslated: {m}", file=sys.stderr)
