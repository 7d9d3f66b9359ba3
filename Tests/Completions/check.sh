#!/bin/bash
# Checks dlquiz's completion scripts in the real shells, and its manual page in groff and man. Run by hand (not part
# of `swift test`, which needs only the toolchain), from the repository's root:
#
#   apt-get install zsh fish bash-completion groff man-db   # once
#   swift build && Tests/Completions/check.sh [path/to/dlquiz]
#
# Each check prints `ok` or `FAIL` with what was offered; the exit status is the number of failures.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "${here}/../.." && pwd)"
binary="${1:-$(cd "${root}" && swift build --show-bin-path)/dlquiz}"
[[ -x "${binary}" ]] || { echo "No dlquiz at ${binary}: run swift build first." >&2; exit 2; }
bin_dir="$(mktemp -d)"
trap 'rm -rf "${bin_dir}"' EXIT
ln -s "${binary}" "${bin_dir}/dlquiz"
export PATH="${bin_dir}:${PATH}" LANG=C.UTF-8 NO_COLOR=1
unset LC_ALL LC_MESSAGES
fixture="${root}/Tests/QuizCLITests/Fixtures/sheet-deck.json"
failures=0

# expect NAME EXPECTED-WORDS ACTUAL-WORDS: every expected word must be offered.
expect() {
    local name="$1" expected="$2" actual=" $(echo $3) " word
    for word in ${expected}; do
        if [[ "${actual}" != *" ${word} "* ]]; then
            echo "FAIL ${name}: expected '${word}' among:${actual}"
            failures=$((failures + 1))
            return
        fi
    done
    echo "ok   ${name}"
}

# refuse NAME WORD ACTUAL-WORDS: the word must not be offered.
refuse() {
    if [[ " $(echo $3) " == *" $2 "* ]]; then
        echo "FAIL $1: '$2' should not be offered:$(echo $3)"
        failures=$((failures + 1))
    else
        echo "ok   $1"
    fi
}

# MARK: bash
dlquiz completions bash > "${bin_dir}/dlquiz.bash"
bash_complete() {
    bash --norc -c '
        source /usr/share/bash-completion/bash_completion 2>/dev/null
        source "$1"; shift
        [[ "$(complete -p dlquiz)" == "complete -F _dlquiz dlquiz" ]] || { echo "not registered"; exit 1; }
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _dlquiz dlquiz "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"' bash "${bin_dir}/dlquiz.bash" "$@"
}
expect "bash: complete -p" "complete -F _dlquiz dlquiz" "$(bash --norc -c "source ${bin_dir}/dlquiz.bash; complete -p dlquiz")"
expect "bash: commands" "quiz" "$(bash_complete dlquiz qu)"
refuse "bash: commands by prefix" "pick" "$(bash_complete dlquiz qu)"
expect "bash: options" "--order --count -n --topic --no-save" "$(bash_complete dlquiz quiz -)"
expect "bash: --order values" "random sequential due weakest" "$(bash_complete dlquiz quiz --order '')"
expect "bash: --order=value" "weakest" "$(bash_complete dlquiz quiz --order = w)"
expect "bash: --lang values" "en ja" "$(bash_complete dlquiz pick --lang '')"
expect "bash: sheet --format" "text markdown html" "$(bash_complete dlquiz sheet --format '')"
expect "bash: topics" "training theory data" "$(bash_complete dlquiz quiz --topic '')"
expect "bash: ids of show" "backpropagation batch-normalization" "$(bash_complete dlquiz show '')"
expect "bash: ids of --deck" "dropout learning-rate" "$(bash_complete dlquiz show --deck "${fixture}" '')"
refuse "bash: not the bundled ids with --deck" "backpropagation" "$(bash_complete dlquiz show --deck "${fixture}" '')"
refuse "bash: one id only" "batch-normalization" "$(bash_complete dlquiz show backpropagation '')"
expect "bash: subcommand" "reset" "$(bash_complete dlquiz progress '')"
expect "bash: subcommand options" "--yes -y --progress" "$(bash_complete dlquiz progress reset -)"
expect "bash: help" "quiz export progress" "$(bash_complete dlquiz help '')"
expect "bash: shells" "bash zsh fish" "$(bash_complete dlquiz completions '')"
expect "bash: after a value" "--topic" "$(bash_complete dlquiz quiz -n 3 --to)"

# MARK: zsh
mkdir -p "${bin_dir}/zsh"
dlquiz completions zsh > "${bin_dir}/zsh/_dlquiz"
zsh_complete() { zsh "${here}/zsh-capture.zsh" "${bin_dir}/zsh" "$1"; }
expect "zsh: compinit registers _dlquiz" "_dlquiz" \
    "$(zsh -c "fpath=(${bin_dir}/zsh \$fpath); autoload -U compinit; compinit -u -D; print \${_comps[dlquiz]}")"
expect "zsh: commands" "quiz" "$(zsh_complete 'dlquiz qu')"
expect "zsh: options" "--order --count -n --topic --no-save" "$(zsh_complete 'dlquiz quiz -')"
expect "zsh: --order values" "random sequential due weakest" "$(zsh_complete 'dlquiz quiz --order ')"
expect "zsh: topics" "training theory data" "$(zsh_complete 'dlquiz quiz --topic ')"
expect "zsh: ids of show" "backpropagation batch-normalization" "$(zsh_complete 'dlquiz show ')"
expect "zsh: ids of --deck" "dropout learning-rate" "$(zsh_complete "dlquiz show --deck ${fixture} ")"
refuse "zsh: one id only" "batch-normalization" "$(zsh_complete 'dlquiz show backpropagation ')"
expect "zsh: subcommand" "reset" "$(zsh_complete 'dlquiz progress ')"
expect "zsh: subcommand options" "--yes --progress" "$(zsh_complete 'dlquiz progress reset --')"
expect "zsh: help" "quiz export" "$(zsh_complete 'dlquiz help ')"

# MARK: fish
dlquiz completions fish > "${bin_dir}/dlquiz.fish"
fish_complete() { fish --no-config -c "source ${bin_dir}/dlquiz.fish; complete -C \"\$argv[1]\"" "$1" | cut -f1; }
expect "fish: commands" "quiz" "$(fish_complete 'dlquiz qu')"
expect "fish: options" "--order --count -n --topic --no-save" "$(fish_complete 'dlquiz quiz -')"
expect "fish: --order values" "random sequential due weakest" "$(fish_complete 'dlquiz quiz --order ')"
expect "fish: --order=value" "--order=weakest" "$(fish_complete 'dlquiz quiz --order=w')"
expect "fish: topics" "training theory data" "$(fish_complete 'dlquiz quiz --topic ')"
expect "fish: ids of show" "backpropagation batch-normalization" "$(fish_complete 'dlquiz show ')"
expect "fish: ids of --deck" "dropout learning-rate" "$(fish_complete "dlquiz show --deck ${fixture} ")"
refuse "fish: one id only" "batch-normalization" "$(fish_complete 'dlquiz show backpropagation ')"
expect "fish: Japanese descriptions" "練習します:" "$(fish --no-config -c "dlquiz completions fish --lang ja | source; complete -C 'dlquiz qu'" | cut -f2)"
expect "fish: subcommand" "reset" "$(fish_complete 'dlquiz progress ')"
expect "fish: subcommand options" "--yes --progress" "$(fish_complete 'dlquiz progress reset --')"
refuse "fish: no subcommand after one" "reset" "$(fish_complete 'dlquiz progress reset ')"

# MARK: manual page
dlquiz help --man > "${bin_dir}/dlquiz.1"
warnings="$(groff -ww -mandoc -Tutf8 "${bin_dir}/dlquiz.1" 2>&1 >/dev/null)"
if [[ -z "${warnings}" ]]; then echo "ok   groff -ww: no warnings"; else echo "FAIL groff -ww: ${warnings}"; failures=$((failures + 1)); fi
dlquiz help --man --lang ja > "${bin_dir}/dlquiz.ja.1"
warnings="$(groff -ww -mandoc -Tutf8 "${bin_dir}/dlquiz.ja.1" 2>&1 >/dev/null)"
if [[ -z "${warnings}" ]]; then echo "ok   groff -ww (Japanese): no warnings"; else echo "FAIL groff -ww (Japanese): ${warnings}"; failures=$((failures + 1)); fi
if command -v man >/dev/null; then
    warnings="$(MANWIDTH=80 man --warnings -l "${bin_dir}/dlquiz.1" 2>&1 >/dev/null)"
    if [[ -z "${warnings}" ]]; then echo "ok   man -l: no warnings"; else echo "FAIL man -l: ${warnings}"; failures=$((failures + 1)); fi
    expect "man -l: sections" "NAME SYNOPSIS DESCRIPTION COMMANDS" "$(MANWIDTH=80 man -l "${bin_dir}/dlquiz.1" 2>/dev/null | col -b)"
fi

echo "${failures} failure(s)"
exit "${failures}"
