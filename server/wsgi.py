"""`app` for a production WSGI server: `waitress-serve server.wsgi:app` (settings from KG_*)."""

from server import create_app

app = create_app()
