"""``datelines serve``: build, preview on 127.0.0.1 and reload on every change."""

from __future__ import annotations

import argparse

from generator.project import add_project_argument


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="preview the site with live reload",
                       description="Build the site, serve it locally, and rebuild and reload the browser "
                                   "whenever content/, seeds/, themes/ or datelines.yaml change.")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--base-url", metavar="URL", help="override base_url for the preview")
    add_project_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from generator.serve import serve

    serve(args.project, host=args.host, port=args.port, base_url=args.base_url)
    return 0
