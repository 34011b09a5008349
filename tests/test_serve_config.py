"""The `serve:` section of brevlint.yaml: parsing, errors, precedence (flag > environment > file >
default), no token in the file, and a real app built from the resolved settings answering CORS."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.config import Config, load_config_file
from linter.errors import ConfigError
from linter.serve_config import DEFAULT_HOST, DEFAULT_PORT, ServeOptions, resolve_serve_options

CFG_ORIGIN = "https://word.example.dk"
SERVE_YAML = f"""\
rules:
  sprog.passiv: off
serve:
  host: 127.0.0.2
  port: 9000
  threads: 2
  workers: 1
  max_body_bytes: 100000
  body_timeout: 5
  head_timeout: 4
  allowed_hosts: [brevlint.example.dk]
  cors_origins: [{CFG_ORIGIN}]
  addin: false
  log_level: warning
"""


def _cfg(tmp_path: Path, text: str, name: str = "brevlint.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_serve_section_is_parsed(tmp_path):
    (tmp_path / "tls").mkdir()
    (tmp_path / "tls" / "cert.pem").write_text("x")
    (tmp_path / "tls" / "key.pem").write_text("x")
    p = _cfg(tmp_path, SERVE_YAML + "  certfile: tls/cert.pem\n  keyfile: tls/key.pem\n")
    serve = load_config_file(p).serve
    assert serve == {"host": "127.0.0.2", "port": 9000, "threads": 2, "workers": 1, "max_body_bytes": 100000,
                     "body_timeout": 5.0, "head_timeout": 4.0, "allowed_hosts": ["brevlint.example.dk"],
                     "cors_origins": [CFG_ORIGIN], "addin": False, "log_level": "warning",
                     "certfile": (tmp_path / "tls" / "cert.pem").resolve(),
                     "keyfile": (tmp_path / "tls" / "key.pem").resolve()}
    # every option of the section can be set (a new ServeOptions field needs a case above)
    assert set(serve) == set(ServeOptions.__dataclass_fields__)


def test_origins_are_normalised_as_browsers_send_them(tmp_path):
    p = _cfg(tmp_path, "serve:\n  cors_origins: [HTTPS://Word.Example.DK:443, 'http://localhost:3000', "
                       "'https://[::1]:8443']\n")
    assert load_config_file(p).serve["cors_origins"] == ["https://word.example.dk", "http://localhost:3000",
                                                         "https://[::1]:8443"]
    assert load_config_file(_cfg(tmp_path, f"serve:\n  cors_origins: {CFG_ORIGIN}\n")).serve["cors_origins"] \
        == [CFG_ORIGIN]


def test_no_serve_section_and_empty_section_mean_defaults(tmp_path):
    assert load_config_file(_cfg(tmp_path, "lang: da\n")).serve == {}
    assert load_config_file(_cfg(tmp_path, "serve:\n")).serve == {}
    opts = resolve_serve_options({}, {})
    assert (opts.host, opts.port, opts.cors_origins, opts.addin) == ("127.0.0.1", 8765, (), True)


def test_pyproject_serve_table(tmp_path):
    p = _cfg(tmp_path, f'[tool.brevlint.serve]\nport = 9001\ncors_origins = ["{CFG_ORIGIN}"]\n', "pyproject.toml")
    assert load_config_file(p).serve == {"port": 9001, "cors_origins": [CFG_ORIGIN]}


@pytest.mark.parametrize(("yaml_text", "key", "says"), [
    ("serve:\n  token: s3cret\n", "serve.token", "BREVLINT_TOKEN"),
    ("serve:\n  prot: 9000\n", "serve.prot", "unknown key"),
    ("serve: [host]\n", "serve", "mapping"),
    ("serve:\n  port: 70000\n", "serve.port", "between 0 and 65535"),
    ("serve:\n  port: -1\n", "serve.port", "between 0 and 65535"),
    ("serve:\n  port: '8765'\n", "serve.port", "whole number"),
    ("serve:\n  port: true\n", "serve.port", "whole number"),
    ("serve:\n  host: http://0.0.0.0\n", "serve.host", "host name"),
    ("serve:\n  host: localhost:8765\n", "serve.host", "host name"),
    ("serve:\n  host: ''\n", "serve.host", "host name"),
    ("serve:\n  workers: 0\n", "serve.workers", "between 1 and 64"),
    ("serve:\n  threads: 65\n", "serve.threads", "between 1 and 64"),
    ("serve:\n  max_body_bytes: 10\n", "serve.max_body_bytes", "at least 1024"),
    ("serve:\n  body_timeout: 0\n", "serve.body_timeout", "at least 0.1"),
    ("serve:\n  body_timeout: .nan\n", "serve.body_timeout", "at least 0.1"),
    ("serve:\n  addin: ja\n", "serve.addin", "true or false"),
    ("serve:\n  log_level: loud\n", "serve.log_level", "one of"),
    ("serve:\n  cors_origins: [word.example.dk]\n", "serve.cors_origins", "http:// or https://"),
    ("serve:\n  cors_origins: ['localhost:3000']\n", "serve.cors_origins", "http:// or https://"),
    ("serve:\n  cors_origins: ['ftp://word.example.dk']\n", "serve.cors_origins", "http:// or https://"),
    ("serve:\n  cors_origins: ['https://word.example.dk/']\n", "serve.cors_origins", "trailing /"),
    ("serve:\n  cors_origins: ['https://word.example.dk/addin']\n", "serve.cors_origins", "no path"),
    ("serve:\n  cors_origins: ['https://word.example.dk:99999']\n", "serve.cors_origins", "invalid port"),
    ("serve:\n  cors_origins: ['https://']\n", "serve.cors_origins", "lacks a host"),
    ("serve:\n  cors_origins: ['*']\n", "serve.cors_origins", "every web page"),
    ("serve:\n  cors_origins: 5\n", "serve.cors_origins", "list of origins"),
    ("serve:\n  certfile: findes-ikke.pem\n", "serve.certfile", "does not exist"),
])
def test_serve_errors_name_file_and_key(tmp_path, yaml_text, key, says):
    p = _cfg(tmp_path, yaml_text)
    with pytest.raises(ConfigError) as exc:
        load_config_file(p)
    for lang in ("da", "en"):
        msg = exc.value.message(lang)
        assert msg.startswith(f"{p}: ") and f"'{key}'" in msg and "\n" not in msg, msg
    assert says in exc.value.message("en")


def test_certfile_without_keyfile_is_an_error(tmp_path):
    (tmp_path / "cert.pem").write_text("x")
    with pytest.raises(ConfigError) as exc:
        load_config_file(_cfg(tmp_path, "serve:\n  certfile: cert.pem\n"))
    assert "'serve.keyfile'" in exc.value.message("en")


def test_serve_section_does_not_change_the_check_cache_key(tmp_path):
    from linter.cache import ResultCache

    cache = ResultCache(tmp_path / "cache")
    plain, served = Config(path=Path("x")), Config(path=Path("x"), serve={"port": 9000})
    assert cache._config_hash(plain) == cache._config_hash(served)


# --- the command: precedence, exit codes, and a real app -------------------------------------

@pytest.fixture(scope="module")
def service(engine):
    from linter.server.service import CheckService

    svc = CheckService(engine=engine, threads=1)
    yield svc
    svc.close()


@pytest.fixture()
def serve_cli(monkeypatch, service):
    """Run `brevlint serve` without starting uvicorn; returns (result, settings, uvicorn kwargs, app)."""
    pytest.importorskip("fastapi")
    import uvicorn

    import linter.server.app as app_mod

    real_create_app = app_mod.create_app
    seen: dict = {}

    def create_app(settings):
        seen["settings"] = settings
        seen["app"] = real_create_app(settings, service=service)  # the real app, with the shared engine
        return seen["app"]

    monkeypatch.setattr(app_mod, "create_app", create_app)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.setdefault("kw", kw))

    def run(*args: str, env: dict | None = None):
        seen.clear()
        base = {"BREVLINT_CORS_ORIGINS": None, "BREVLINT_TOKEN": None}  # unset unless the test sets them
        res = CliRunner().invoke(main, ["serve", *args], env={**base, **(env or {})})
        return res, seen.get("settings"), seen.get("kw"), seen.get("app")

    return run


def test_defaults_are_safe_without_a_config(serve_cli):
    res, settings, kw, _ = serve_cli()
    assert res.exit_code == 0, res.output
    assert (kw["host"], kw["port"]) == (DEFAULT_HOST, DEFAULT_PORT) == ("127.0.0.1", 8765)
    assert settings.cors_origins == [] and settings.token is None and settings.serve_addin


def test_config_file_values_reach_the_server(tmp_path, serve_cli):
    p = _cfg(tmp_path, SERVE_YAML)
    res, settings, kw, _ = serve_cli("--config", str(p))
    assert res.exit_code == 0, res.output
    assert (kw["host"], kw["port"], kw["log_level"]) == ("127.0.0.2", 9000, "warning")
    assert settings.cors_origins == [CFG_ORIGIN]
    assert (settings.threads, settings.max_body_bytes, settings.body_timeout) == (2, 100000, 5.0)
    assert settings.serve_addin is False and settings.config_path == p


def test_precedence_flag_over_environment_over_file(tmp_path, serve_cli):
    p = _cfg(tmp_path, SERVE_YAML)
    env_origin, flag_origin = "https://env.example.dk", "https://flag.example.dk"
    # environment over file
    res, settings, kw, _ = serve_cli("--config", str(p), env={"BREVLINT_CORS_ORIGINS": env_origin})
    assert res.exit_code == 0, res.output
    assert settings.cors_origins == [env_origin] and kw["port"] == 9000
    # flag over environment and file; flags for the other options too
    res, settings, kw, _ = serve_cli("--config", str(p), "--cors-origin", flag_origin, "--port", "9100",
                                     "--host", "127.0.0.3", "--threads", "3", "--max-body-bytes", "4096",
                                     "--body-timeout", "7", "--log-level", "debug",
                                     env={"BREVLINT_CORS_ORIGINS": env_origin})
    assert res.exit_code == 0, res.output
    assert settings.cors_origins == [flag_origin]
    assert (kw["host"], kw["port"], kw["log_level"]) == ("127.0.0.3", 9100, "debug")
    assert (settings.threads, settings.max_body_bytes, settings.body_timeout) == (3, 4096, 7.0)
    # a flag equal to the default still wins over the file
    res, settings, kw, _ = serve_cli("--config", str(p), "--port", str(DEFAULT_PORT))
    assert kw["port"] == DEFAULT_PORT
    # an empty environment variable counts as unset
    res, settings, _, _ = serve_cli("--config", str(p), env={"BREVLINT_CORS_ORIGINS": " "})
    assert settings.cors_origins == [CFG_ORIGIN]


def test_no_addin_flag_and_file(tmp_path, serve_cli):
    res, settings, _, _ = serve_cli("--no-addin")
    assert settings.serve_addin is False
    p = _cfg(tmp_path, "serve:\n  addin: true\n")
    res, settings, _, _ = serve_cli("--config", str(p), "--no-addin")
    assert settings.serve_addin is False


def test_token_only_from_flag_or_environment(tmp_path, serve_cli):
    p = _cfg(tmp_path, "serve:\n  token: s3cret\n")
    res, settings, _, _ = serve_cli("--config", str(p), env={"BREVLINT_TOKEN": "t0k"})
    assert res.exit_code == 2 and settings is None
    assert "serve.token" in res.output and "BREVLINT_TOKEN" in res.output and "git" in res.output
    res, settings, _, _ = serve_cli("--config", str(_cfg(tmp_path, SERVE_YAML)), env={"BREVLINT_TOKEN": "t0k"})
    assert res.exit_code == 0 and settings.token == "t0k"


@pytest.mark.parametrize(("args", "env", "says"), [
    (("--cors-origin", "word.example.dk"), {}, "http://"),
    (("--cors-origin", "https://word.example.dk/"), {}, "afsluttende /"),
    ((), {"BREVLINT_CORS_ORIGINS": "https://ok.example.dk localhost:3000"}, "localhost:3000"),
    (("--cors-origin", "*"), {}, "'*'"),
])
def test_invalid_origins_from_flag_or_environment_exit_2(serve_cli, args, env, says):
    res, settings, _, _ = serve_cli(*args, env=env)
    assert res.exit_code == 2 and settings is None
    assert "--cors-origin" in res.output and says in res.output


@pytest.mark.parametrize("yaml_text", ["serve:\n  port: 70000\n", "serve:\n  cors_origins: [word.example.dk]\n",
                                       "serve:\n  colour: blue\n"])
def test_invalid_file_values_exit_2_naming_file_and_key(tmp_path, serve_cli, yaml_text):
    p = _cfg(tmp_path, yaml_text)
    res, settings, _, _ = serve_cli("--config", str(p))
    assert res.exit_code == 2 and settings is None
    assert str(p) in res.output and "'serve." in res.output and "Traceback" not in res.output


def test_app_built_from_file_settings_answers_cors_for_configured_origin_only(tmp_path, serve_cli):
    from fastapi.testclient import TestClient

    p = _cfg(tmp_path, SERVE_YAML)
    res, settings, _, app = serve_cli("--config", str(p))
    assert res.exit_code == 0, res.output
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    with TestClient(app) as client:
        ok = client.options("/v1/check", headers={"Origin": CFG_ORIGIN, **preflight})
        assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == CFG_ORIGIN
        bad = client.options("/v1/check", headers={"Origin": "https://evil.example", **preflight})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "cors"
        assert "access-control-allow-origin" not in bad.headers
        post = client.post("/v1/check", json={"text": "Der henvises til ovenstående."}, headers={"Origin": CFG_ORIGIN})
        assert post.status_code == 200 and post.headers["access-control-allow-origin"] == CFG_ORIGIN
        # max_body_bytes from the file is enforced by the same app
        big = client.post("/v1/check", json={"text": "a" * 200_000})
        assert big.status_code == 413


def test_workers_hand_file_settings_to_worker_processes(tmp_path, serve_cli, monkeypatch):
    import json

    import linter.server.isolation as isolation
    from linter.server.app import SETTINGS_ENV

    monkeypatch.setattr(isolation, "fork_available", lambda: False)  # else one process with an analysis pool
    monkeypatch.setenv(SETTINGS_ENV, "{}")  # restored after the test; the command overwrites it
    p = _cfg(tmp_path, SERVE_YAML.replace("workers: 1", "workers: 2"))
    res, _, kw, _ = serve_cli("--config", str(p))
    assert res.exit_code == 0, res.output
    assert kw["workers"] == 2 and kw["factory"] is True
    handed = json.loads(os.environ[SETTINGS_ENV])
    assert handed["cors_origins"] == [CFG_ORIGIN] and "token" not in handed
