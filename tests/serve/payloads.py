"""An article written for these tests whose title and text carry script payloads.

If any of them ran in the dashboard it would set a window flag the browser test checks."""

XSS_WORD = "bakery"
XSS_TEXT_PAYLOADS = ('<script>window.__xss_text=1</script>',
                     '<img src=x onerror="window.__xss_img=1">')
XSS_TITLE = 'Bakery hit in Saraqib <img src=x onerror="window.__xss_title=1">'
XSS_ARTICLE = {
    "id": "test-xss-saraqib",
    "title": XSS_TITLE,
    "outlet": "The Test Courier <script>window.__xss_outlet=1</script>",
    "url": "javascript:window.__xss_url=1",
    "published": "2020-02-14",
    "text": ("An air strike killed seven civilians at a bakery in Saraqib in Idlib province on Thursday, "
            "rescue workers said.\n\nResidents posted a message reading "
            f"{XSS_TEXT_PAYLOADS[0]} and another reading {XSS_TEXT_PAYLOADS[1]} "
            "after the strike.\n\nThe bakery had served the town's displaced families for a year."),
}
XSS_FLAGS = ("__xss_text", "__xss_img", "__xss_title", "__xss_outlet", "__xss_url")
