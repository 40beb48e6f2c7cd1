"""The one allow-list for partners' rich text (core.text.sanitise_html)."""

from bildungsallianz.core.text import sanitise_html


def test_rich_text_keeps_a_few_harmless_tags_and_drops_scripts_and_handlers():
    html = '<p onclick="x()">Hallo <b>Welt</b><script>alert(1)</script> <a href="javascript:x()">a</a></p>'
    assert sanitise_html(html) == '<p>Hallo <b>Welt</b> <a rel="noopener nofollow">a</a></p>'
    assert sanitise_html(' <a href="tel:+49631">Anruf</a> ') == '<a href="tel:+49631" rel="noopener nofollow">Anruf</a>'
    assert sanitise_html(None) == ""
