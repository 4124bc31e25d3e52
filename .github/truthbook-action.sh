#!/usr/bin/env bash
# The shell of the Truthbook GitHub Action (action.yml): one step per subcommand.
#   locate  which jar: the `jar` input, or where `jar-url` / the Maven coordinates put it (cached)
#   fetch   downloads the jar unless the cache restored it; refuses an empty or broken download
#   run     check (annotations, SARIF, Markdown, JUnit), on a pull request review + one comment,
#           reviewers; never fails on what the token may not do, only records the check's status
#   finish  fails the step with the check's status: 1 findings, 2 the check could not run
# Inputs arrive as INPUT_* variables and the pull request as PR_* (set by action.yml from the event),
# the rest as GitHub sets it for any step.
set -uo pipefail

readonly MARKER='<!-- truthbook:review -->'
readonly MAX_COMMENT=65000 # GitHub refuses a comment body over 65,536 characters

warn() { echo "::warning title=truthbook::$*"; }
fail() { echo "::error title=truthbook::$*"; exit 2; }
output() { echo "$1=$2" >>"${GITHUB_OUTPUT:-/dev/null}"; }
sha256() { if command -v sha256sum >/dev/null; then sha256sum; else shasum -a 256; fi; }

locate() {
  if [[ -n "${INPUT_JAR:-}" ]]; then
    [[ -s "$INPUT_JAR" ]] || fail "jar: '$INPUT_JAR' is missing or empty (build it before this step)"
    output jar "$(cd "$(dirname "$INPUT_JAR")" && pwd)/$(basename "$INPUT_JAR")"
    output download false
    return
  fi
  local url=${INPUT_JAR_URL:-}
  if [[ -z "$url" ]]; then
    local version=${INPUT_VERSION:-} classifier=${INPUT_CLASSIFIER:-}
    [[ -n "$version" ]] || fail "name the Truthbook to run: input version, jar-url or jar"
    [[ "$version" =~ ^[0-9A-Za-z][0-9A-Za-z._-]*$ && "$version" != *-SNAPSHOT ]] ||
      fail "version '$version' is not a release version (use jar-url or jar for anything else)"
    [[ -z "$classifier" || "$classifier" =~ ^[0-9A-Za-z._-]+$ ]] || fail "classifier '$classifier' is not a classifier"
    url="${INPUT_MAVEN_REPOSITORY:-https://repo1.maven.org/maven2}"
    url="${url%/}/io/truthbook/truthbook-cli/$version/truthbook-cli-$version${classifier:+-$classifier}.jar"
  fi
  local key
  key=$(printf '%s' "$url" | sha256 | cut -c1-16)
  output url "$url"
  output cache-key "truthbook-jar-$key"
  output jar "${HOME}/.cache/truthbook-action/$key/truthbook.jar"
  output download true
}

fetch() {
  local jar=$JAR url=$URL
  if [[ -s "$jar" ]]; then
    echo "truthbook: $url restored from the cache"
  else
    mkdir -p "$(dirname "$jar")"
    if ! curl -fsSL --retry 3 -o "$jar.part" "$url"; then
      rm -f "$jar.part"
      fail "could not download $url (a release of io.truthbook:truthbook-cli must be published there)"
    fi
    mv "$jar.part" "$jar"
  fi
  # an empty or broken file must not run, nor be cached: the cache saves whatever this path holds
  if [[ ! -s "$jar" || "$(head -c 2 "$jar")" != "PK" ]]; then
    rm -f "$jar"
    fail "$url is not a jar"
  fi
  if [[ -n "${INPUT_JAR_SHA256:-}" && "$(sha256 <"$jar" | cut -d' ' -f1)" != "$INPUT_JAR_SHA256" ]]; then
    rm -f "$jar"
    fail "$url does not match jar-sha256"
  fi
}

# Runs the CLI from the jar, with the rule packs of the classpath input.
truthbook() {
  # shellcheck disable=SC2086 # the options are words, as for the launcher
  java ${TRUTHBOOK_JAVA_OPTS:-} -cp "$JAR${INPUT_CLASSPATH:+:$INPUT_CLASSPATH}" io.truthbook.cli.Main "$@"
}

# Prints a file the tool wrote from the repository's content, with workflow commands switched off.
print_inert() {
  local token="truthbook-$RANDOM$RANDOM"
  echo "::stop-commands::$token"
  cat "$1"
  echo "::$token::"
}

run() {
  local root=${INPUT_ROOT:-.} out=${INPUT_OUTPUT_DIR:-${RUNNER_TEMP:-/tmp}/truthbook}
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  rm -f "$out"/truthbook.{github,sarif,md,err} "$out"/truthbook-junit.xml "$out"/review.{md,err} "$out"/comment.md

  local status=0 runnable=true config=()
  if ! truthbook --version >/dev/null 2>"$out/truthbook.err"; then
    cat "$out/truthbook.err" >&2
    echo "::error title=truthbook::$JAR is not a runnable Truthbook jar (it needs the shaded jar, with its dependencies)"
    status=2 runnable=false
  else
    # check reads root/truthbook.yaml by itself; another file is named with --config
    local file=${INPUT_CONFIG:-truthbook.yaml}
    [[ "$file" == /* ]] || file="$root/$file"
    if [[ "${INPUT_CONFIG:-truthbook.yaml}" == truthbook.yaml ]]; then
      :
    elif [[ -f "$file" ]]; then
      config=(--config "$file")
    else
      echo "::error title=truthbook::config: $file not found"
      status=2
    fi
  fi
  if ((status == 0)); then
    truthbook check --root "$root" ${config[@]+"${config[@]}"} --format github,sarif,markdown,junit \
      --out "$out/truthbook.github" --out "$out/truthbook.sarif" --out "$out/truthbook.md" \
      --out "$out/truthbook-junit.xml" 2>"$out/truthbook.err"
    status=$?
    [[ -s "$out/truthbook.err" ]] && print_inert "$out/truthbook.err" >&2
    [[ -f "$out/truthbook.github" ]] && cat "$out/truthbook.github" # the annotations, on the lines
  fi
  output status "$status"
  output sarif "$([[ -s $out/truthbook.sarif ]] && echo "$out/truthbook.sarif")"
  output junit "$([[ -s $out/truthbook-junit.xml ]] && echo "$out/truthbook-junit.xml")"
  output markdown "$([[ -s $out/truthbook.md ]] && echo "$out/truthbook.md")"

  local findings="$out/findings.md"
  if [[ -s "$out/truthbook.md" ]]; then
    cp "$out/truthbook.md" "$findings"
  else
    printf '## Truthbook check: could not run\n\nThe check exited %s before writing its report: see the job log.\n' \
      "$status" >"$findings"
  fi

  local number=${PR_NUMBER:-} fork=false
  if [[ -n "$number" && "${PR_HEAD_REPO:-}" != "${GITHUB_REPOSITORY:-}" ]]; then
    fork=true # its token is read-only: no code scanning upload, no comment, no reviewers
  fi
  output upload-sarif "$([[ "${INPUT_SARIF:-true}" == true && $fork == false && -s $out/truthbook.sarif ]] &&
    echo true || echo false)"

  if [[ -z "$number" ]]; then
    cat "$findings" >>"${GITHUB_STEP_SUMMARY:-/dev/null}"
    return 0
  fi
  if [[ $runnable == true ]]; then
    review "$root" "$out"
  else
    printf '## Truth review\n\nThe review could not be written: see the job log.\n' >"$out/review.md"
  fi
  { echo "$MARKER"; cat "$out/review.md"; echo; echo '---'; echo; cat "$findings"; } >"$out/comment.md"
  cat "$out/comment.md" >>"${GITHUB_STEP_SUMMARY:-/dev/null}"
  output review "$out/comment.md"
  if [[ $fork == true ]]; then
    echo "truthbook: a pull request from a fork: its token may not comment, so the review is on the run's summary"
  else
    [[ "${INPUT_COMMENT:-true}" == true ]] && comment "$number" "$out/comment.md"
    request_reviewers "$number" "$out/review.md"
  fi
  return 0
}

# The reviewer's view of the pull request, from where it forked off its base (as GitHub's own diff:
# base.sha may have moved on since) to its head; when it cannot be had, says why instead.
review() {
  local base head=${PR_HEAD_SHA:-}
  base=$(git -C "$1" merge-base "${PR_BASE_SHA:-}" "$head" 2>/dev/null) || base=${PR_BASE_SHA:-}
  if truthbook review "$base" "$head" --root "$1" --out "$2/review.md" 2>"$2/review.err"; then
    return
  fi
  [[ -s "$2/review.err" ]] && print_inert "$2/review.err" >&2
  warn "the review of $base..$head could not be written (is the checkout's fetch-depth 0?)"
  printf '## Truth review\n\nThe review could not be written: see the job log.\n' >"$2/review.md"
}

# Who comments: the token's own user, else the input, else the Actions bot GITHUB_TOKEN speaks as.
author() {
  local login=${INPUT_COMMENT_AUTHOR:-}
  # GITHUB_TOKEN may not read /user; a personal token may
  [[ -n "$login" ]] || login=$(gh api user --jq .login 2>/dev/null) || login=""
  [[ -n "$login" && "$login" != null ]] || login='github-actions[bot]'
  echo "$login"
}

# One comment per pull request: the marked comment of this author is edited in place, never another's.
comment() {
  local number=$1 body=$2 repo=${GITHUB_REPOSITORY:-} me id login existing=""
  command -v gh >/dev/null || { warn "gh is not installed: no pull request comment"; return; }
  if (($(wc -c <"$body") > MAX_COMMENT)); then
    head -c "$MAX_COMMENT" "$body" | sed '$d' >"$body.cut" # whole lines: no character cut in half
    printf '\n\n… cut here: the whole review is on the run'"'"'s summary.\n' >>"$body.cut"
    mv "$body.cut" "$body"
  fi
  me=$(author)
  local listing
  if ! listing=$(gh api --paginate "repos/$repo/issues/$number/comments" \
    --jq ".[] | select(.body | contains(\"$MARKER\")) | \"\(.id) \(.user.login)\""); then
    warn "could not read the pull request's comments (does the token have pull-requests: write?)"
    return
  fi
  while read -r id login; do
    if [[ "$login" == "$me" ]]; then
      existing=$id
      break
    fi
  done <<<"$listing"
  if [[ -n "$existing" ]]; then
    gh api -X PATCH "repos/$repo/issues/comments/$existing" -F "body=@$body" >/dev/null ||
      warn "could not update comment $existing (does the token have pull-requests: write?)"
  else
    gh api -X POST "repos/$repo/issues/$number/comments" -F "body=@$body" >/dev/null ||
      warn "could not comment on the pull request (does the token have pull-requests: write?)"
  fi
}

# Asks the owners the review names, mapped to GitHub logins by the reviewers input (`owner: login`
# lines; org/team for a team), who have not reviewed yet; the author cannot be asked.
request_reviewers() {
  local number=$1 review=$2 repo=${GITHUB_REPOSITORY:-} owner login
  [[ -n "${INPUT_REVIEWERS:-}" ]] || return 0
  local mapping # "owner login" lines (no associative array: macOS runs bash 3)
  mapping=$(tr ':=@' '   ' <<<"$INPUT_REVIEWERS")
  local named reviewed author fields=()
  # owner ids, written as code (`ana`, `ben`) so that the comment mentions nobody
  named=$(sed -n '/^### Who must review/,/^### /p' "$review" | grep '^`' | tr ',' '\n' | tr -d ' `')
  reviewed=$(gh api --paginate "repos/$repo/pulls/$number/reviews" --jq '.[].user.login' 2>/dev/null) ||
    { warn "could not read the pull request's reviews: no reviewers requested"; return; }
  author=${PR_AUTHOR:-}
  for owner in $named; do
    login=$(awk -v owner="$owner" '$1 == owner { print $2; exit }' <<<"$mapping")
    if [[ -z "$login" || "$login" == "$author" ]] || grep -qxF "$login" <<<"$reviewed"; then
      continue
    fi
    if [[ "$login" == */* ]]; then fields+=(-f "team_reviewers[]=${login#*/}"); else fields+=(-f "reviewers[]=$login"); fi
  done
  ((${#fields[@]})) || return 0
  gh api -X POST "repos/$repo/pulls/$number/requested_reviewers" "${fields[@]}" >/dev/null ||
    warn "could not request reviewers (does the token have pull-requests: write, and are they collaborators?)"
}

finish() {
  case "${STATUS:-2}" in
    0) echo "truthbook: the truth is clean" ;;
    1) echo "::error title=truthbook::the truth has errors (annotations above, and in the summary)"; exit 1 ;;
    *) echo "::error title=truthbook::the check could not run (exit ${STATUS:-none}); nothing was checked: see the log above"
       exit 2 ;;
  esac
}

case "${1:-}" in
  locate | fetch | run | finish) "$1" ;;
  *) echo "usage: $0 locate|fetch|run|finish" >&2; exit 2 ;;
esac
