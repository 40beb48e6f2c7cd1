"""schema.org JSON-LD for a page's ``<script type="application/ld+json">``: one safe serialiser.

``<``, ``>`` and ``&`` are escaped so user text can never close the script element.
"""

import json


def script_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
