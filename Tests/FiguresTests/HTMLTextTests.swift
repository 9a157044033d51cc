import Testing
import Figures

@Test func stripsTagsScriptsStylesAndComments() {
    let html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget &amp; défense</title>
        <style>p { color: red; } </style><script>var x = "<p>not text</p>";</script></head>
        <body><!-- a comment with <p>tags</p> --><h1>OTAN</h1><p>Les Alliés ont investi
        <b>485&nbsp;milliards</b> de dollars.</p><p>Hausse de <span class="x">20&#8239;%</span>.</p>
        <SCRIPT type="text/javascript">alert(1)</SCRIPT><noscript>Activez JS</noscript></body></html>
        """
    #expect(HTMLText.plainText(from: html) == """
        Budget & défense

        OTAN

        Les Alliés ont investi 485\u{A0}milliards de dollars.

        Hausse de 20\u{202F}%.
        """)
}

@Test(arguments: [
    ("a &lt; b &gt; c", "a < b > c"),
    ("&eacute;t&eacute; &euro; &#x20AC; &#8364; &rsquo; &laquo;x&raquo;", "été € € € ’ «x»"),
    ("&unknown; &amp &#;", "&unknown; &amp &#;"),
    ("&#0; &#x110000;", "\u{FFFD} \u{FFFD}"),
    ("x < 3 and y<", "x < 3 and y<"),
    ("line<br>break<br/>again", "line\nbreak\nagain"),
    ("<td>a</td><td>b</td>", "a b"),
    ("<a href=\"x>y\">lien</a>", "lien"),
    ("  many   \n\t spaces  ", "many spaces"),
    ("<p>unclosed <script>never closed", "unclosed"),
    ("<ul><li>un</li><li>deux</li></ul>", "un\ndeux"),
    ("<p>a</p><p>b</p><div>c</div><div>d</div>", "a\n\nb\n\nc\nd"),
    ("a<br><br><br><br>b", "a\n\nb"),
    ("<", "<"), ("&", "&"), ("<!--", ""), ("&#x", "&#x"), ("<a", "<a"), ("</", "</"), ("<p", "<p"),
])
func decodesAndLaysOut(html: String, text: String) {
    #expect(HTMLText.plainText(from: html) == text)
}

@Test func titleOutsideHeadIsKept() {
    #expect(HTMLText.plainText(from: "<title>T</title><p>x</p>") == "T\n\nx")
}
