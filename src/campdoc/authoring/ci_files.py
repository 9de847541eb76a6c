"""The files ``campdoc ci`` writes for GitHub, GitLab and Forgejo/Gitea (Codeberg)."""

from __future__ import annotations

from campdoc import __version__

INSTALL = f'pip install "campdoc=={__version__}"'
WATCHED = '["sessions/**", "campdoc.yaml", "templates/**"]'

GITHUB_CHECK = f"""# Checks the session files a pull request changes; problems appear on the
# changed lines.
name: campdoc check
on:
  pull_request:
    paths: {WATCHED}
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: {INSTALL}
      - name: Check the changed sessions
        run: campdoc check --format github --changed-since "origin/$GITHUB_BASE_REF"
"""

GITHUB_PUBLISH = """# Builds the site on {branch} and publishes it with GitHub Pages.
name: campdoc publish
on:
  push:
    branches: [{branch_filter}]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: {install}
      - run: campdoc build --out public
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"""

# A very large archive (docs/scale.md): N jobs build a share of the camps each into
# .campdoc-cache/ (kept between runs in the CI cache), and a last job assembles the site
# from their caches. The cache entries are sealed; every job needs the same secret.
# No colon in it: it goes into a plain YAML value.
NO_SHARED_CACHE_WARNING = ("CAMPDOC_CACHE_SECRET is not set, so the jobs cannot share the "
                           "camps they build and the last job builds every camp again.")

GITHUB_MATRIX_PUBLISH = """# Builds the site on {branch} in {shards} parallel jobs and
# publishes it with GitHub Pages. Set a repository secret CAMPDOC_CACHE_SECRET (any long
# random text): the jobs seal the camps they build with it, and the last job only takes
# camps sealed with it.
name: campdoc publish
on:
  push:
    branches: [{branch_filter}]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
env:
  CAMPDOC_CACHE_SECRET: ${{{{ secrets.CAMPDOC_CACHE_SECRET }}}}
jobs:
  camps:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        shard: [{shard_list}]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: {install}
      - if: env.CAMPDOC_CACHE_SECRET == ''
        run: echo "::warning::{warning}"
      - uses: actions/cache@v4
        with:
          path: .campdoc-cache
          key: campdoc-${{{{ matrix.shard }}}}-${{{{ github.sha }}}}
          restore-keys: campdoc-${{{{ matrix.shard }}}}-
      - name: Build this job's share of the camps
        run: campdoc build --shard "${{{{ matrix.shard }}}}/{shards}"
      - uses: actions/upload-artifact@v4
        with:
          name: campdoc-camps-${{{{ matrix.shard }}}}
          path: .campdoc-cache/camps
          include-hidden-files: true
          if-no-files-found: ignore
          retention-days: 1
  build:
    needs: camps
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: {install}
      - uses: actions/download-artifact@v4
        with:
          pattern: campdoc-camps-*
          merge-multiple: true
          path: .campdoc-cache/camps
      - name: Assemble the archive from the built camps
        run: campdoc build --out public
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"""

# Both GitLab pipelines check merge requests the same way.
_GITLAB_CHECK = f"""check:
  stage: check
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: "0"
    BASE: origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME
  before_script:
    - apt-get update -qq && apt-get install -y -qq git > /dev/null
    - {INSTALL}
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
  script:
    - campdoc check --format gitlab --changed-since "$BASE" > gl-code-quality-report.json || true
    - campdoc check --changed-since "$BASE"
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
"""

GITLAB_CI = f"""# campdoc: check merge requests, publish the site with GitLab Pages.
stages: [check, deploy]

default:
  image: python:3.11-slim

{_GITLAB_CHECK}
pages:
  stage: deploy
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - {INSTALL}
    - campdoc build --out public
  artifacts:
    paths: [public]
"""

GITLAB_MATRIX_CI = f"""# campdoc: check merge requests; build the site in {{shards}} parallel jobs
# and publish it with GitLab Pages. Set a masked CI/CD variable CAMPDOC_CACHE_SECRET (any long
# random text): the jobs seal the camps they build with it, and the pages job only takes
# camps sealed with it.
stages: [check, camps, deploy]

default:
  image: python:3.11-slim

{_GITLAB_CHECK}
camps:
  stage: camps
  parallel: {{shards}}
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  cache:
    key: campdoc-$CI_NODE_INDEX
    paths: [.campdoc-cache/]
  script:
    - {INSTALL}
    - 'if [ -z "$CAMPDOC_CACHE_SECRET" ]; then echo "{{warning}}"; fi'
    - campdoc build --shard "$CI_NODE_INDEX/$CI_NODE_TOTAL"
  artifacts:
    paths: [.campdoc-cache/camps/]
    expire_in: 1 day

pages:
  stage: deploy
  needs: [camps]
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - {INSTALL}
    - campdoc build --out public
  artifacts:
    paths: [public]
"""

# Forgejo runners start from a plain container: git and node (for checkout) come first.
_FORGEJO_JOB = """    runs-on: docker
    container:
      image: python:3.11-slim
    steps:
      - run: apt-get update -qq && apt-get install -y -qq git nodejs > /dev/null
      - uses: https://code.forgejo.org/actions/checkout@v4"""

FORGEJO_CHECK = f"""# Checks the session files a pull request changes
# (Forgejo/Gitea Actions, e.g. on Codeberg).
name: campdoc check
on:
  pull_request:
    paths: {WATCHED}
jobs:
  check:
{_FORGEJO_JOB}
        with:
          fetch-depth: 0
      - run: {INSTALL}
      - run: campdoc check --changed-since "origin/$GITHUB_BASE_REF"
"""

FORGEJO_PUBLISH = """# Builds the site on {branch} and keeps it as a downloadable artifact; copy it
# to your Pages branch or server (on Codeberg: the "pages" branch of this repository).
name: campdoc publish
on:
  push:
    branches: [{branch_filter}]
jobs:
  build:
""" + _FORGEJO_JOB + """
      - run: {install}
      - run: campdoc build --out public
      - uses: https://code.forgejo.org/actions/upload-artifact@v3
        with:
          name: site
          path: public
"""

PR_TEMPLATE = {
    "de": """## Was ändert sich?

<!-- Ein Satz genügt, zum Beispiel: "Erkenntnisse unserer Session ergänzt". -->

## Bitte prüfen

- [ ] Ich habe die Session gegeben oder dokumentiert, oder die Beteiligten sind einverstanden.
- [ ] Namen stehen nur dort, wo die Personen zugestimmt haben (sonst `publish_name: false`).
- [ ] Die automatische Prüfung („campdoc check“) ist grün. Wenn nicht: Die Meldung nennt Zeile
      und Spalte und einen Tipp.

Vorschau: Nach dem Zusammenführen ist die Seite in wenigen Minuten online. Lokal geht es mit
`campdoc serve`.
""",
    "en": """## What changes?

<!-- One sentence is enough, for example: "Added the insights of our session". -->

## Please check

- [ ] I hosted or documented the session, or the people involved agree.
- [ ] Names appear only where people agreed (otherwise `publish_name: false`).
- [ ] The automatic check ("campdoc check") is green. If not, its message names the line,
      the column and a hint.

Preview: after merging, the page is online within minutes. Locally: `campdoc serve`.
""",
}

CONTRIBUTING = {
    "de": """# Eine Session-Seite korrigieren

Du hast eine Session gegeben oder warst dabei und siehst einen Fehler oder etwas, das fehlt?
Das kannst du direkt im Browser korrigieren, ohne etwas zu installieren.

1. Öffne die Seite der Session und klicke unten auf **„Diese Seite korrigieren“**.
2. Melde dich an (oder lege ein kostenloses Konto an). Es öffnet sich der Editor mit der Datei
   der Session.
3. Ändere den Text. Oben zwischen den Zeilen `---` stehen die Felder, darunter die Notizen:
   - `title:` der Titel, `hosts:` die Sessiongeber:innen mit `name:` und `organization:`
   - `questions:`, `insights:`, `open_questions:`, `next_steps:` sind Listen; jeder Punkt
     beginnt mit `- ` und ist zwei Leerzeichen eingerückt
   - Möchtest du nicht mit Namen genannt werden? Schreibe unter deinen Namen
     `publish_name: false`.
4. Unten auf der Seite: kurz beschreiben, was du geändert hast, und **„Änderungen
   vorschlagen“** wählen. Daraus wird ein Pull Request (Änderungsvorschlag).
5. Eine automatische Prüfung läuft. Findet sie etwas, steht die Meldung direkt an der
   betroffenen Zeile, mit einem Tipp. Korrigiere die Datei im selben Vorschlag.
6. Das Orga-Team schaut drüber und übernimmt die Änderung. Danke!

Tipps: Nur Leerzeichen zum Einrücken, keine Tabulatoren. Werte mit `: ` in der Mitte in
Anführungszeichen setzen: `title: "Teil 1: Grundlagen"`.
""",
    "en": """# Correcting a session page

You hosted or attended a session and see a mistake or something missing? You can correct it
in your browser, without installing anything.

1. Open the session's page and follow **"Suggest a correction"** at the bottom.
2. Sign in (or create a free account). The editor opens with the session's file.
3. Change the text. Between the `---` lines at the top are the fields, below them the notes:
   - `title:` the title, `hosts:` the hosts with `name:` and `organization:`
   - `questions:`, `insights:`, `open_questions:`, `next_steps:` are lists; each point starts
     with `- ` and is indented by two spaces
   - Rather not be named? Add `publish_name: false` below your name.
4. At the bottom: describe your change in a few words and choose **"Propose changes"**. This
   becomes a pull request (a suggested change).
5. An automatic check runs. If it finds something, the message appears right at the line
   concerned, with a hint. Fix the file in the same pull request.
6. The organisers review and merge it. Thank you!

Tips: indent with spaces only, never tabs. Put values with `: ` in the middle in quotes:
`title: "Part 1: Basics"`.
""",
}
