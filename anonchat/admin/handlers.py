"""The admin console (being written): `routes(app)` returns its Tornado routes."""


def routes(app):
    return []
