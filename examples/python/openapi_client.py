#!/usr/bin/env python3
"""A client of the HTTP API built at run time from its OpenAPI document (Python's
standard library only): one function per operation, named by its operationId.

    python3 examples/python/openapi_client.py http://127.0.0.1:8080

reads GET /v1/openapi.json, builds the functions, calls two of them (`eligibility` and
`getText`) and prints their answers as one JSON object. A back end in Python would keep
`build_client` and call `api.eligibility({...})`, `api.getText(article=9, clause="ث")`.
"""
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request


class ApiError(Exception):
    """An answer with a 4xx/5xx status: `status` and the error body (`error.code`, `error.field`, ...)."""

    def __init__(self, status, body):
        super().__init__(f"{status}: {body.get('error', {}).get('message', {}).get('en', body)}")
        self.status = status
        self.body = body


def _call(base, method, path_template, has_body, path_params, query_params):
    def call(body=None, **params):
        path = path_template
        for name in path_params:
            if name not in params:
                raise TypeError(f"missing path parameter {name}")
            path = path.replace("{" + name + "}", urllib.parse.quote(str(params.pop(name)), safe=""))
        unknown = set(params) - set(query_params)
        if unknown:
            raise TypeError(f"unknown parameter(s) {sorted(unknown)}")
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
        url = base + path + ("?" + query if query else "")
        data = json.dumps(body).encode("utf-8") if has_body else None
        req = urllib.request.Request(url, data=data, method=method.upper(), headers={"content-type": "application/json"} if has_body else {})
        try:
            with urllib.request.urlopen(req, timeout=30) as res:
                return json.loads(res.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            raise ApiError(e.code, json.loads(e.read().decode("utf-8"))) from None

    return call


def build_client(base):
    """An object with one method per operation of the server's OpenAPI document."""
    with urllib.request.urlopen(base + "/v1/openapi.json", timeout=30) as res:
        doc = json.loads(res.read().decode("utf-8"))
    if not doc.get("openapi", "").startswith("3.1"):
        raise ValueError("expected an OpenAPI 3.1 document")
    api = type("Api", (), {})()
    api.operations = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            json_body = "application/json" in op.get("requestBody", {}).get("content", {})
            if "requestBody" in op and not json_body:
                continue  # NDJSON batch routes: stream them with an HTTP client of your own
            params = op.get("parameters", [])
            path_params = [p["name"] for p in params if p["in"] == "path"]
            query_params = [p["name"] for p in params if p["in"] == "query"]
            assert set(path_params) == set(re.findall(r"{(\w+)}", path))
            fn = _call(base, method, path, json_body, path_params, query_params)
            fn.__name__ = op["operationId"]
            fn.__doc__ = op.get("summary", "")
            setattr(api, op["operationId"], fn)
            api.operations[op["operationId"]] = (method.upper(), path)
    return api


def main():
    base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8080"
    api = build_client(base)
    decision = api.eligibility({"role": "manager", "asOf": "1387/11/16", "person": {"birthDate": "1363/11/17"}}, explain="1", lang="en")
    text = api.getText(article=9, clause="ث")
    try:
        api.eligibility({"role": "boss", "asOf": "1403/05/01", "person": {}})
        refused = None
    except ApiError as e:
        refused = {"status": e.status, "code": e.body["error"]["code"], "field": e.body["error"]["field"]}
    print(json.dumps({
        "operations": len(api.operations),
        "eligibility": {"status": decision["status"], "age": decision["value"]["age"], "explained": "Art. 9(th)" in decision["explanation"]},
        "text": {"cite": text["cite"]["en"], "chars": len(text["text"])},
        "refused": refused,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
