"""Headers that keep browsers from running what the service stores: `nosniff` on every response,
and on HTML pages a Content-Security-Policy that allows only the service's own scripts."""

from __future__ import annotations

from werkzeug.wrappers import Response

# Pages load their scripts and styles from this service only (YASGUI is served from node_modules,
# never a CDN), so an inline <script> or a javascript: URL that data smuggles into a page does not
# run. YASGUI sets style attributes and <style> elements itself: inline styles stay allowed; a
# style cannot run script. Queries from the page go to this endpoint only.
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))


def security_headers(response: Response) -> Response:
    """Add the headers to `response` (any response; the policy only to HTML)."""
    response.headers["X-Content-Type-Options"] = "nosniff"
    if response.mimetype == "text/html":
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return response
